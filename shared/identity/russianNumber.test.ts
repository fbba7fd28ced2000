import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { russianNumberE164 } from './russianNumber';

/** What libphonenumber says, the way phone.ts asks it: a valid number's E.164 and country, or null. */
function library(candidate: string, home: CountryCode): { e164: string; country: string | undefined } | null {
  const phone = parsePhoneNumberFromString(candidate, { defaultCountry: home });
  return phone?.isValid() ? { e164: phone.number, country: phone.country } : null;
}

const fast = (candidate: string, home: string): { e164: string; country: string } | null => {
  const e164 = russianNumberE164(candidate, home);
  return e164 === null ? null : { e164, country: 'RU' };
};

/**
 * Ten-digit national numbers starting with 3, 4, 8 or 9: both ends and random ones of every block
 * of four leading digits, and of every 9300XX block (the mobile pattern is finest there).
 */
function nationalNumbers(): string[] {
  let seed = 7;
  const random = (digits: number): string => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String(seed % 10 ** digits).padStart(digits, '0');
  };
  const out: string[] = [];
  for (const first of ['3', '4', '8', '9']) {
    for (let block = 0; block <= 999; block++) {
      const lead = `${first}${String(block).padStart(3, '0')}`;
      out.push(`${lead}000000`, `${lead}999999`, `${lead}${random(6)}`);
    }
  }
  for (let block = 930000; block <= 930099; block++) out.push(`${block}0000`, `${block}9999`, `${block}${random(4)}`);
  return out;
}

describe('russianNumberE164', () => {
  it('gives exactly what libphonenumber gives for "+7…" and "8…", and "7…" before 9XX, with Russia as home', () => {
    let answered = 0;
    for (const n of nationalNumbers()) {
      const shapes = n.startsWith('9') ? [`+7${n}`, `8${n}`, `7${n}`] : [`+7${n}`, `8${n}`];
      for (const candidate of shapes) {
        const expected = library(candidate, 'RU');
        // It answers for every valid Russian number of these shapes, and only for them.
        expect(fast(candidate, 'RU'), candidate).toEqual(expected?.country === 'RU' ? expected : null);
        if (expected) answered += 1;
      }
    }
    expect(answered).toBeGreaterThan(10_000);
  });

  it('reads "+7…" the same whatever the home country, and leaves "8…" and "7…" to the library elsewhere', () => {
    for (const n of ['9161234567', '9301234567', '4951234567', '8001234567', '3011234567']) {
      for (const home of ['KZ', 'BY', 'UA', 'DE'] as const) {
        expect(fast(`+7${n}`, home)).toEqual(library(`+7${n}`, home));
        expect(russianNumberE164(`8${n}`, home)).toBeNull();
        expect(russianNumberE164(`7${n}`, home)).toBeNull();
      }
    }
  });

  it('leaves every other shape to the library', () => {
    for (const candidate of [
      '74951234567',
      '78001234567',
      '+77011234567',
      '87011234567',
      '+7916123456',
      '+791612345678',
      '9161234567',
      '+375291234567',
      '+78101234567',
    ])
      expect(russianNumberE164(candidate, 'RU')).toBeNull();
  });
});
