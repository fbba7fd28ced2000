export interface FieldError {
  field: 'fullName' | 'phones' | 'emails' | 'company' | 'notes' | 'type' | 'at' | 'note' | 'clientId' | 'userName' | 'officeName' | 'defaultCountry';
  /** Which entry of a list field (phones, emails) the error is about. */
  index?: number;
  code: string;
  message: string;
  value?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function fail<T>(...errors: FieldError[]): Result<T> {
  return { ok: false, errors };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
