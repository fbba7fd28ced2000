import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** "+79161234567" → "+7 916 123 45 67"; the stored E.164 is shown as is if it cannot be parsed. */
export function formatPhone(e164: string, extension = '', extLabel = 'ext.'): string {
  const formatted = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  return extension ? `${formatted} ${extLabel} ${extension}` : formatted;
}
