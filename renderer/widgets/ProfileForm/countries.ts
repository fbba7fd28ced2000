import { getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

/** The agencies' home markets and their usual neighbours; anything else goes in "Other". */
export const COMMON_COUNTRIES = ['RU', 'BY', 'KZ', 'UZ', 'KG', 'AM', 'GE', 'AZ', 'UA', 'TR', 'AE', 'DE', 'US'] as const;

export const OTHER = 'other';

/** "Russia (+7)" in the UI language. */
export function countryLabel(code: string, language: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    // an old runtime without region names: the code is still meaningful
  }
  return isSupportedCountry(code) ? `${name} (+${getCountryCallingCode(code as CountryCode)})` : name;
}
