// A checked request body or query, or the 400 that says every problem under its field.
import type { Checked } from '../../../shared/sync';
import { ApiFailure } from './apiFailure';

/**
 * With `refused` ("The request was not taken"), the message names each field; without it, the
 * message is the problems' own sentences (what the account and report routes have always said).
 */
export function validInput<T>(checked: Checked<T>, refused?: string): T {
  if (checked.ok) return checked.value;
  const detail = refused
    ? `${refused}: ${checked.fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join(' ')}`
    : checked.fields.map((f) => f.message).join(' ');
  throw new ApiFailure(400, 'validation_failed', detail, checked.fields);
}
