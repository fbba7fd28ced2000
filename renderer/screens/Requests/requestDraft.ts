// The take-a-request form's values as the intake contract wants them, and the endpoint's field
// problems as the form's fields: pure, so the wording is tested without a browser.
import type { RequestChannel } from '../../../shared/routing';
import type { FieldProblem, IntakeRequest } from '../../../shared/sync';

export interface RequestDraft {
  channel: RequestChannel;
  name: string;
  phones: string;
  emails: string;
  /** What they want, in the words of a travel agency's call: each optional. */
  destination: string;
  dates: string;
  travellers: string;
  budget: string;
  note: string;
}

export const EMPTY_DRAFT: RequestDraft = {
  channel: 'call',
  name: '',
  phones: '',
  emails: '',
  destination: '',
  dates: '',
  travellers: '',
  budget: '',
  note: '',
};

/** "Турция · 12–19.06 · 2 взрослых · 200 000 ₽ · у моря": the wish as one line the inbox and the notification show. */
export function wishNote(
  draft: Pick<RequestDraft, 'destination' | 'dates' | 'travellers' | 'budget' | 'note'>,
): string {
  return [draft.destination, draft.dates, draft.travellers, draft.budget, draft.note]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
}

export type DraftField = 'phones' | 'emails' | 'name' | 'note';

/** A field typed with several numbers or addresses is sent as typed: the endpoint reads them all. */
export function intakeRequestOf(draft: RequestDraft, externalId: string): IntakeRequest {
  return {
    externalId,
    channel: draft.channel,
    name: draft.name.trim(),
    phones: draft.phones.trim() ? [draft.phones.trim()] : [],
    emails: draft.emails.trim() ? [draft.emails.trim()] : [],
    note: wishNote(draft),
  };
}

/** Which form field each problem belongs to, and which i18n key says it ("requests.form.problem.*"). */
export function draftProblems(fields: readonly FieldProblem[]): Partial<Record<DraftField, string>> {
  const out: Partial<Record<DraftField, string>> = {};
  for (const { field } of fields) {
    if (field === 'phones') out.phones ??= 'contactRequired';
    else if (field.startsWith('phones')) out.phones = 'phoneInvalid';
    else if (field.startsWith('emails')) out.emails = 'emailInvalid';
    else if (field === 'name') out.name = 'tooLong';
    else if (field === 'note') out.note = 'tooLong';
  }
  return out;
}
