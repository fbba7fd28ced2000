/** Fields of the client, activity and profile forms. */
type ClientBookField =
  | 'fullName'
  | 'phones'
  | 'emails'
  | 'company'
  | 'notes'
  | 'type'
  | 'at'
  | 'note'
  | 'clientId'
  | 'userName'
  | 'officeName'
  | 'defaultCountry';
/** Steps of resolving a case: `step` carries the workflow's refusal; `terms.<path>` a field of the terms form. */
type CaseStepField = 'caseId' | 'step' | 'reason' | 'proposalId' | 'terms' | `terms.${string}`;
type DealField = 'dealId' | 'title' | 'travelStart' | 'travelEnd' | 'currency' | 'amount' | 'margin' | 'status';

export interface FieldError {
  field: ClientBookField | CaseStepField | DealField;
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
