import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { russianMobileE164 } from './russianMobile';

/** What libphonenumber says, the way phone.ts asks it: a valid number's E.164 and country, or null. */
function library(candidate: string, home: CountryCode): { e164: string; country: string | undefined } | null {
  const phone = parsePhoneNumberFromString(candidate, { defaultCountry: home });
  return phone?.isValid() ? { e164: phone.number, country: phone.country } : null;
}

/** Ten-digit national numbers starting with 9: every 9XXX block, and every 9300XX block (the mobile pattern is finest there). */
function nationalNumbers(): string[] {
  let seed = 7;
  const random = (digits: number): string => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String(seed % 10 ** digits).padStart(digits, '0');
  };
  const out: string[] = [];
  for (let block = 9000; block <= 9999; block++) {
    out.push(`${block}000000`, `${block}999999`, `${block}${random(6)}`, `${block}${random(6)}`);
  }
  for (let block = 930000; block <= 930099; block++) out.push(`${block}0000`, `${block}9999`, `${block}${random(4)}`);
  return out;
}

describe('russianMobileE164', () => {
  const shapes = (n: string): string[] => [`+7${n}`, `8${n}`, `7${n}`];

  it('gives exactly what libphonenumber gives for +7, 8 and 7 before a 9XX number, with Russia as home', () => {
    let fast = 0;
    for (const n of nationalNumbers()) {
      for (const candidate of shapes(n)) {
        const expected = library(candidate, 'RU');
        const got = russianMobileE164(candidate, 'RU');
        // The fast path answers for every valid Russian mobile of these shapes, and only for them.
        expect(got === null ? null : { e164: got, country: 'RU' }, candidate).toEqual(
          expected?.country === 'RU' ? expected : null,
        );
        if (got !== null) fast += 1;
      }
    }
    expect(fast).toBeGreaterThan(10_000);
  });

  it('reads "+7 9…" the same whatever the home country, and leaves "8…" and "7…" to the library elsewhere', () => {
    for (const n of ['9161234567', '9301234567', '9991234567']) {
      for (const home of ['KZ', 'BY', 'UA', 'DE'] as const) {
        const got = russianMobileE164(`+7${n}`, home);
        expect(got === null ? null : { e164: got, country: 'RU' }).toEqual(library(`+7${n}`, home));
        expect(russianMobileE164(`8${n}`, home)).toBeNull();
        expect(russianMobileE164(`7${n}`, home)).toBeNull();
      }
    }
  });

  it('leaves every other shape to the library', () => {
    for (const candidate of [
      '+74951234567',
      '84951234567',
      '+7916123456',
      '+791612345678',
      '9161234567',
      '+375291234567',
    ])
      expect(russianMobileE164(candidate, 'RU')).toBeNull();
  });
});
