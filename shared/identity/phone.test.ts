import { describe, expect, it } from 'vitest';
import { parsePhones, splitPhoneField } from './phone';
import type { IdentitySettings } from './types';

function one(text: string, settings?: IdentitySettings) {
  const r = parsePhones(text, settings);
  expect(r.problems).toEqual([]);
  expect(r.phones).toHaveLength(1);
  return r.phones[0]!;
}

function problemOf(text: string, settings?: IdentitySettings) {
  const r = parsePhones(text, settings);
  expect(r.phones).toEqual([]);
  expect(r.problems).toHaveLength(1);
  const p = r.problems[0]!;
  expect(p.field).toBe('phone');
  expect(p.value).toBe(text.trim());
  expect(p.message).toContain(`“${text.trim()}”`);
  return p;
}

describe('parsePhones: one Russian mobile typed every way gives one E.164', () => {
  it.each([
    '+79161234567',
    '+7 916 123-45-67',
    '+7 (916) 123-45-67',
    '+7-916-123-45-67',
    '+7.916.123.45.67',
    '8 916 123-45-67',
    '8 (916) 123-45-67',
    '8(916)1234567',
    '89161234567',
    '8-916-123-45-67',
    '9161234567',
    '916 123 45 67',
    '916.123.45.67',
    '79161234567',
    '7 916 123 45 67',
    '007 916 123 45 67',
    '00 7 916 123 45 67',
    '810 7 916 123 45 67',
    '8107 916 123 45 67',
    '8 10 7 916 123 45 67',
    '  +7 916 123 45 67  ',
    '+7\u00a0916\u00a0123\u201145\u201167',
    '+7 916 123–45–67',
    'тел. 8 916 123-45-67',
    'тел.: +7 916 123 45 67',
    'моб. 8 916 123 45 67',
    'tel:+79161234567',
    'Mobile: +7 916 123 45 67',
  ])('%s', (text) => {
    const p = one(text);
    expect(p.e164).toBe('+79161234567');
    expect(p.country).toBe('RU');
    expect(p.extension).toBeUndefined();
    expect(p.raw).toBe(text.trim());
  });
});

describe('parsePhones: landlines and special numbers', () => {
  it.each([
    ['8-800-555-35-35', '+78005553535'],
    ['8 800 555 3535', '+78005553535'],
    ['+7 800 555 35 35', '+78005553535'],
    ['(495) 123-45-67', '+74951234567'],
    ['8 495 123 45 67', '+74951234567'],
    ['+7 (495) 123-45-67', '+74951234567'],
    ['8 (812) 123-45-67', '+78121234567'],
    ['8 (8452) 12-34-56', '+78452123456'],
    ['8 (3532) 12-34-56', '+73532123456'],
  ])('%s → %s', (text, e164) => {
    expect(one(text).e164).toBe(e164);
  });

  it('Kazakhstan shares +7 and is recognised from the default country alone', () => {
    const p = one('8 701 123 4567');
    expect(p.e164).toBe('+77011234567');
    expect(p.country).toBe('KZ');
  });

  it.each([
    ['+44 20 7946 0958', '+442079460958', 'GB'],
    ['0044 20 7946 0958', '+442079460958', 'GB'],
    ['810 44 20 7946 0958', '+442079460958', 'GB'],
    ['+1 212 555 0123', '+12125550123', 'US'],
    ['+49 30 12345678', '+493012345678', 'DE'],
    ['+90 532 123 45 67', '+905321234567', 'TR'],
  ])('foreign number with a prefix %s', (text, e164, country) => {
    const p = one(text);
    expect(p.e164).toBe(e164);
    expect(p.country).toBe(country);
  });
});

describe('parsePhones: extensions are kept apart and never change the number', () => {
  it.each([
    ['8 (495) 123-45-67 доб. 123', '123'],
    ['8 (495) 123-45-67 доб.123', '123'],
    ['8 (495) 123-45-67 доб 123', '123'],
    ['8 (495) 123-45-67 Доб. 123', '123'],
    ['8 (495) 123-45-67 добавочный 123', '123'],
    ['8 (495) 123-45-67 (доб. 123)', '123'],
    ['8 (495) 123-45-67 вн. 123', '123'],
    ['+7 495 123 45 67 ext. 12', '12'],
    ['+7 495 123 45 67 ext 12', '12'],
    ['+7 495 123 45 67 ext12', '12'],
    ['+7 495 123 45 67 EXT: 12', '12'],
    ['+7 495 123 45 67 extension 12', '12'],
    ['+7 495 123 45 67 x12', '12'],
    ['+7 495 123 45 67 x 12', '12'],
    ['+7 495 123 45 67x12', '12'],
    ['+7 495 123 45 67 #12', '12'],
    ['+7 495 123 45 67#12', '12'],
  ])('%s', (text, extension) => {
    const p = one(text);
    expect(p.e164).toBe('+74951234567');
    expect(p.extension).toBe(extension);
  });

  it('an extension after a separator belongs to the number before it', () => {
    const r = parsePhones('8 (495) 123-45-67, доб. 123; 8 916 123 45 67');
    expect(r.problems).toEqual([]);
    expect(r.phones.map((p) => [p.e164, p.extension])).toEqual([
      ['+74951234567', '123'],
      ['+79161234567', undefined],
    ]);
  });
});

describe('parsePhones: several numbers in one field', () => {
  it.each([
    ['8 916 123-45-67, 8 495 123-45-67'],
    ['8 916 123-45-67; 8 495 123-45-67'],
    ['8 916 123-45-67 / 8 495 123-45-67'],
    ['8 916 123-45-67\n8 495 123-45-67'],
    ['8 916 123-45-67\r\n8 495 123-45-67'],
    ['8 916 123-45-67,,; \n 8 495 123-45-67,'],
  ])('%j', (text) => {
    const r = parsePhones(text);
    expect(r.problems).toEqual([]);
    expect(r.phones.map((p) => p.e164)).toEqual(['+79161234567', '+74951234567']);
  });

  it('keeps each piece as typed, and reports only the bad piece', () => {
    const r = parsePhones('+7 916 123 45 67; 8 916 123; +375 29 123 45 67');
    expect(r.phones.map((p) => p.raw)).toEqual(['+7 916 123 45 67', '+375 29 123 45 67']);
    expect(r.problems.map((p) => [p.value, p.code])).toEqual([['8 916 123', 'phone.tooShort']]);
  });

  it('an empty or blank field has neither numbers nor problems', () => {
    expect(parsePhones('')).toEqual({ phones: [], problems: [] });
    expect(parsePhones('  , ; \n ')).toEqual({ phones: [], problems: [] });
  });

  it('splitPhoneField splits on , ; / and line breaks only', () => {
    expect(splitPhoneField('a, b; c / d\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a duplicate in one field parses twice (keys are de-duplicated later)', () => {
    expect(parsePhones('8 916 123 45 67, +79161234567').phones.map((p) => p.e164)).toEqual([
      '+79161234567',
      '+79161234567',
    ]);
  });
});

describe('parsePhones: invalid input gives a problem and never a key', () => {
  it.each([
    ['8 916 123', 'phone.tooShort'],
    ['+7 916 1234', 'phone.tooShort'],
    ['123-45-67', 'phone.tooShort'],
    ['12', 'phone.tooShort'],
    ['+7', 'phone.tooShort'],
    ['+375 29 123', 'phone.tooShort'],
    ['8 916 123 45 67 89', 'phone.tooLong'],
    ['+7 916 123 45 67 8', 'phone.tooLong'],
    ['12345678901234567890', 'phone.tooLong'],
    ['+7 000 123 45 67', 'phone.invalid'],
    ['8 000 123 45 67', 'phone.invalid'],
    ['+999 123 4567', 'phone.invalid'],
    ['8 90 123 45 67', 'phone.invalid'],
    ['abc', 'phone.notANumber'],
    ['нет', 'phone.notANumber'],
    ['8 916 12З 45 67', 'phone.notANumber'],
    ['8 916 123 45 6O', 'phone.notANumber'],
    ['8 916 123 45 67 Маша', 'phone.notANumber'],
    ['8-800-FLOWERS', 'phone.notANumber'],
    ['+7 916 123 45 67!', 'phone.notANumber'],
    ['++7 916 123 45 67', 'phone.notANumber'],
    ['8 916 123 45 67 +', 'phone.notANumber'],
    ['+', 'phone.notANumber'],
    ['---', 'phone.notANumber'],
  ])('%s → %s', (text, code) => {
    expect(problemOf(text).code).toBe(code);
  });

  it('messages are sentences a manager understands', () => {
    expect(problemOf('8 916 123').message).toBe('“8 916 123” is too short for a phone number.');
    expect(problemOf('8 916 123 45 67 89').message).toBe('“8 916 123 45 67 89” is too long for a phone number.');
    expect(problemOf('8 916 12З 45 67').message).toMatch(/contains letters \(“З”\)/);
    expect(problemOf('---').message).toMatch(/no digits/);
    expect(problemOf('8 000 123 45 67').message).toMatch(
      /not a valid phone number in Russia or in Belarus, Kazakhstan or Ukraine/,
    );
    expect(problemOf('+999 123 4567').message).toMatch(/no country has the code/);
  });
});

describe('parsePhones: neighbour countries when the number is invalid at home', () => {
  it.each([
    ['8 029 123 45 67', '+375291234567', 'BY'],
    ['8 (029) 123-45-67', '+375291234567', 'BY'],
    ['80291234567', '+375291234567', 'BY'],
    ['029 123 45 67', '+375291234567', 'BY'],
    ['8 017 123 45 67', '+375171234567', 'BY'],
    ['+375 29 123 45 67', '+375291234567', 'BY'],
    ['00375291234567', '+375291234567', 'BY'],
    ['810 375 29 123 45 67', '+375291234567', 'BY'],
    ['050 123 4567', '+380501234567', 'UA'],
    ['067 123 45 67', '+380671234567', 'UA'],
    ['+380 50 123 4567', '+380501234567', 'UA'],
  ])('%s → %s', (text, e164, country) => {
    const p = one(text);
    expect(p.e164).toBe(e164);
    expect(p.country).toBe(country);
  });

  it('a number valid at home is never reinterpreted as a neighbour one', () => {
    expect(one('8 916 123 45 67').country).toBe('RU');
  });

  it('without neighbours a Belarusian national number is only a problem', () => {
    const settings = { defaultCountry: 'RU', neighbourCountries: [] };
    const p = problemOf('8 029 123 45 67', settings);
    expect(p.code).toBe('phone.invalid');
    expect(p.message).toMatch(/in Russia\./);
  });

  it('valid in two neighbours: ambiguous, no key, both readings in the message', () => {
    const settings = { defaultCountry: 'RU', neighbourCountries: ['UA', 'GE', 'AZ'] };
    const p = problemOf('050 123 4567', settings);
    expect(p.code).toBe('phone.ambiguous');
    expect(p.message).toContain('Ukraine (+380 50 123 4567)');
    expect(p.message).toContain('Georgia');
    expect(p.message).toContain('Azerbaijan');
  });

  it('an international number is never retried elsewhere', () => {
    expect(problemOf('+7 029 123 45 67').code).toBe('phone.invalid');
  });

  it('another default country: Belarus reads 8 029 directly and 8 916 via Russia', () => {
    const by = { defaultCountry: 'BY', neighbourCountries: ['RU'] };
    expect(one('8 029 123 45 67', by).e164).toBe('+375291234567');
    expect(one('8 10 7 916 123 45 67', by).e164).toBe('+79161234567');
    expect(one('+7 916 123 45 67', by).e164).toBe('+79161234567');
  });

  it('lower-case and unknown country codes in settings are tolerated', () => {
    expect(one('8 029 123 45 67', { defaultCountry: 'ru', neighbourCountries: ['by', 'XX'] }).e164).toBe(
      '+375291234567',
    );
    expect(one('+79161234567', { defaultCountry: 'XX', neighbourCountries: [] }).e164).toBe('+79161234567');
  });
});
