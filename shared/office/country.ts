import { isSupportedCountry } from 'libphonenumber-js/max';

export function isValidCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}
