import {
  Metadata,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { countryName, listOr, problemWith, quote } from './problems';
import { russianNumberE164 } from './russianNumber';
import { DEFAULT_IDENTITY_SETTINGS } from './settings';
import type { IdentityProblem, IdentitySettings, ParsedPhone } from './types';

// One field may hold several numbers; these are the separators people use in a CRM cell.
const SEPARATORS = /[,;/\n\r]+/;

// An extension marker, optionally in brackets, at the end of a piece: "доб. 123", "ext.12",
// "x12", "#12", "(доб 5)". The lookbehind stops "x" from matching inside a word.
const EXTENSION =
  /(?<=[\d\s).-])\s*\(?\s*(?:доб(?:авочный)?\.?|доп\.?|вн(?:утр(?:енний)?)?\.?|ext(?:ension)?\.?|x|#)\s*[:.]?\s*(\d{1,8})\s*\)?\s*$/iu;

// A piece that is nothing but an extension belongs to the number before it: "8 495 123-45-67, доб. 12".
const EXTENSION_ONLY =
  /^\s*\(?\s*(?:доб(?:авочный)?|доп|вн(?:утр(?:енний)?)?|ext(?:ension)?)\.?\s*[:.]?\s*\d{1,8}\s*\)?\s*$/iu;

// Labels people type in front of a number. Stripping a known word cannot change the digits.
const LABEL =
  /^\s*(?:tel|phone|mob(?:ile)?|cell|work|home|fax|тел(?:ефон)?|моб(?:ильный)?|сот(?:овый)?|раб(?:очий)?|дом(?:ашний)?|факс)\s*[.:]{0,2}\s*/iu;

// Digits and formatting only: the commonest cell. A label or an extension marker starts with a
// letter or "#", so neither can be in it and their (costly, Unicode) patterns need not run.
const BARE = /^[+\d\s().-]*$/;

// Whatever remains after the label and extension must be formatting around digits.
const FORMATTING = /^\+?[\d\s\u00a0\u2009\u202f().\-‐‑‒–—]*$/u;

interface Attempt {
  phone: PhoneNumber;
  country: CountryCode;
}

export function parsePhones(
  text: string,
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
): { phones: ParsedPhone[]; problems: IdentityProblem[] } {
  const phones: ParsedPhone[] = [];
  const problems: IdentityProblem[] = [];
  for (const piece of splitPhoneField(text)) {
    const result = parseOnePhone(piece, settings);
    if ('problem' in result) problems.push(result.problem);
    else phones.push(result.phone);
  }
  return { phones, problems };
}

export function splitPhoneField(text: string): string[] {
  const pieces: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const piece = part.trim();
    if (piece === '') continue;
    const last = pieces.length - 1;
    if (last >= 0 && EXTENSION_ONLY.test(piece)) pieces[last] = `${pieces[last]} ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

function parseOnePhone(raw: string, settings: IdentitySettings): { phone: ParsedPhone } | { problem: IdentityProblem } {
  const bare = BARE.test(raw);
  let rest = bare ? raw : raw.replace(/^tel:/i, '').replace(LABEL, '');
  let extension: string | undefined;
  const ext = bare ? null : EXTENSION.exec(rest);
  if (ext) {
    extension = ext[1];
    rest = rest.slice(0, ext.index);
  }
  rest = rest.trim();

  if (!FORMATTING.test(rest)) {
    const stray = [...new Set(rest.replace(/[+\d\s\u00a0\u2009\u202f().\-‐‑‒–—]/gu, ''))].join('');
    if (stray === '') {
      return problemWith(
        'phone',
        raw,
        'phone.notANumber',
        `${quote(raw)} is not a phone number: “+” may only stand at the start, before the country code.`,
      );
    }
    const what = /\p{L}/u.test(stray) ? 'letters' : 'characters';
    return problemWith(
      'phone',
      raw,
      'phone.notANumber',
      `${quote(raw)} is not a phone number: it contains ${what} (${quote(stray)}). ` +
        'Use digits, spaces, dashes and brackets, and put an extension after “доб.” or “ext”.',
    );
  }
  const digits = rest.replace(/\D/g, '');
  if (digits === '')
    return problemWith('phone', raw, 'phone.notANumber', `${quote(raw)} is not a phone number: it has no digits.`);

  // libphonenumber knows each country's own international prefix (810 in Russia) but not
  // the "00" that Russians copy from European business cards, so "00" is rewritten to "+".
  const international = rest.startsWith('+') || digits.startsWith('00');
  const candidate = rest.startsWith('+') ? `+${digits}` : digits.startsWith('00') ? `+${digits.slice(2)}` : digits;

  const home = asCountry(settings.defaultCountry);
  const russian = russianNumberE164(candidate, home);
  if (russian !== null) return { phone: toParsed(raw, russian, 'RU', extension) };
  const first = attempt(candidate, home);
  if (first) return { phone: toParsed(raw, first.phone.number, first.phone.country, extension) };

  if (!international) {
    const found = new Map<string, Attempt>();
    for (const code of settings.neighbourCountries) {
      const country = asCountry(code);
      if (!country || country === home) continue;
      const hit = attempt(candidate, country);
      if (hit && !found.has(hit.phone.number)) found.set(hit.phone.number, hit);
    }
    const hits = [...found.values()];
    if (hits.length === 1 && hits[0])
      return { phone: toParsed(raw, hits[0].phone.number, hits[0].phone.country, extension) };
    if (hits.length > 1) {
      // Two neighbours both accept the digits: picking one could merge two different people.
      const options = hits.map(
        (h) => `${countryName(h.phone.country ?? h.country)} (${h.phone.formatInternational()})`,
      );
      return problemWith(
        'phone',
        raw,
        'phone.ambiguous',
        `${quote(raw)} could be a number in ${listOr(options)}. Type it with “+” and the country code.`,
      );
    }
  }
  return lengthProblem(raw, candidate, home, international, settings);
}

function attempt(candidate: string, country: CountryCode | undefined): Attempt | null {
  const phone = parsePhoneNumberFromString(candidate, country ? { defaultCountry: country } : {});
  if (!phone || !phone.isValid()) return null;
  return { phone, country: phone.country ?? country ?? ('001' as CountryCode) };
}

function toParsed(raw: string, e164: string, country: string | undefined, extension: string | undefined): ParsedPhone {
  const parsed: ParsedPhone = { e164, raw };
  if (extension !== undefined) parsed.extension = extension;
  if (country) parsed.country = country;
  return parsed;
}

function lengthProblem(
  raw: string,
  candidate: string,
  home: CountryCode | undefined,
  international: boolean,
  settings: IdentitySettings,
): { problem: IdentityProblem } {
  const verdict = validatePhoneNumberLength(candidate, home ? { defaultCountry: home } : {});
  const tooLong = verdict === 'TOO_LONG' || (verdict === 'INVALID_LENGTH' && isLongerThanUsual(candidate, home));
  if (verdict === 'TOO_SHORT' || (verdict === 'INVALID_LENGTH' && !tooLong)) {
    return problemWith('phone', raw, 'phone.tooShort', `${quote(raw)} is too short for a phone number.`);
  }
  if (tooLong) return problemWith('phone', raw, 'phone.tooLong', `${quote(raw)} is too long for a phone number.`);
  if (verdict === 'INVALID_COUNTRY' && international) {
    return problemWith(
      'phone',
      raw,
      'phone.invalid',
      `${quote(raw)} is not a valid phone number: no country has the code it starts with.`,
    );
  }
  if (international || !home) {
    return problemWith('phone', raw, 'phone.invalid', `${quote(raw)} is not a valid phone number.`);
  }
  const neighbours = settings.neighbourCountries.filter((c) => c !== home && asCountry(c)).map(countryName);
  const where = neighbours.length > 0 ? `${countryName(home)} or in ${listOr(neighbours)}` : countryName(home);
  return problemWith(
    'phone',
    raw,
    'phone.invalid',
    `${quote(raw)} is not a valid phone number in ${where}. If it is foreign, type it with “+” and the country code.`,
  );
}

// INVALID_LENGTH means "between the shortest and the longest length the country allows,
// but not one of them" (Russia allows 10 and 14 digits). Longer than the shortest reads
// as "too long" to a person who typed an eleventh digit.
function isLongerThanUsual(candidate: string, home: CountryCode | undefined): boolean {
  const phone = parsePhoneNumberFromString(candidate, home ? { defaultCountry: home } : {});
  const country = phone?.country ?? home;
  if (!phone || !country) return false;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const lengths = metadata.numberingPlan?.possibleLengths() ?? [];
  return lengths.length > 0 && phone.nationalNumber.length > Math.min(...lengths);
}

function asCountry(code: string): CountryCode | undefined {
  const upper = code.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}
