import type { i18n } from 'i18next';

/** The shape shared by the core's FieldError and identity problems: a stable code plus an English message. */
export interface CodedError {
  code: string;
  message: string;
  field?: string;
  value?: string;
}

/**
 * Codes are the contract; the English message is the core's fallback for codes the UI does
 * not know yet. A field-specific wording ("Enter the client's name") beats the generic one.
 */
export function errorText(i18n: Pick<i18n, 't' | 'exists'>, error: CodedError): string {
  const candidates = [
    ...(error.field ? [`errors.byField.${error.field}.${error.code}`] : []),
    `errors.code.${error.code}`,
  ];
  for (const key of candidates) {
    // exists() is true for branches too; only a string is a message.
    if (!i18n.exists(key)) continue;
    const text: unknown = i18n.t(key, { value: error.value ?? '', returnObjects: true });
    if (typeof text === 'string' && text) return text;
  }
  return error.message;
}
