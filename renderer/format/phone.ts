import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * "+79161234567" → "+7 916 123 45 67"; the stored E.164 is shown as is if it cannot be parsed.
 * The extension's label ("доб.", "ext.") is the UI language's `form.extLabel`, so it is asked for.
 */
export function formatPhone(e164: string, extension: string, extLabel: string): string {
  const formatted = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  return extension ? `${formatted} ${extLabel} ${extension}` : formatted;
}
