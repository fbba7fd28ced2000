import type { CaseEventDoc } from '../../db';
import { caseEventFromDoc, termsToDoc } from '../../workflow/caseEventDoc';
import { checkStep, REASON_MAX } from '../../workflow/checkStep';
import { withDeadline } from '../../workflow/deadline';
import { validateTerms, type Terms } from '../../workflow/terms';
import { fail, ok, type FieldError, type Result } from '../result';
import { loadCase } from './caseData';
import { actorOf, type ResolutionDeps } from './deps';

/** What a person asks to do on a case, before it is checked and becomes a stored step. */
export type StepInput =
  | { type: 'propose' | 'counter' | 'decide'; terms: Terms }
  | { type: 'accept'; proposalId: string }
  | { type: 'escalate'; reason: string }
  | { type: 'leadHandover'; note: string };

/**
 * Writes one step of a case, offline or online: the input is checked field by field, then the
 * step against the case's fold by the same checkStep the endpoint runs, and only a step the
 * workflow allows is stored (and queued for the endpoint). A refused step stores nothing.
 */
export async function writeCaseStep(
  deps: ResolutionDeps,
  caseId: string,
  input: StepInput,
): Promise<Result<CaseEventDoc>> {
  const { ctx } = deps;
  const fields = stepFields(input);
  if (!fields.ok) return fields;
  const loaded = await loadCase(ctx.db, typeof caseId === 'string' ? caseId : '');
  if (!loaded)
    return fail({ field: 'caseId', code: 'notFound', message: 'This case is not known on this workstation yet.' });

  const by = actorOf(ctx.profile());
  // Never before a step already applied: a counter must follow the proposal it answers even if
  // the other workstation's clock runs ahead of this one.
  const lastApplied = Math.max(-1, ...loaded.state.history.filter((h) => h.type !== 'deadlinePassed').map((h) => h.at));
  const at = Math.max(ctx.clock.now(), lastApplied + 1);
  const doc: CaseEventDoc = {
    id: ctx.crypto.newId(),
    caseId: loaded.caseDoc.id,
    officeIds: [...loaded.caseDoc.officeIds],
    type: input.type,
    at,
    by,
    ...fields.value,
  };
  const event = caseEventFromDoc(doc);
  if (!event) return fail({ field: 'step', code: 'invalid', message: 'This step is missing what it needs.' });
  const check = checkStep(withDeadline(loaded.state, at).state, loaded.caseDoc, event);
  if (!check.ok) return fail({ field: 'step', code: 'refused', message: check.reason });

  await ctx.db.caseevents.insert(doc);
  await ctx.changed('caseevents', doc.id, doc.at);
  await deps.settled();
  return ok(doc);
}

type StepFields = Pick<CaseEventDoc, 'terms' | 'proposalId' | 'reason'>;

function stepFields(input: StepInput): Result<StepFields> {
  switch (input?.type) {
    case 'propose':
    case 'counter':
    case 'decide': {
      const valid = validateTerms(input.terms);
      if (!valid.ok)
        return fail(
          ...valid.errors.map((e): FieldError => ({
            field: e.field === 'terms' ? 'terms' : `terms.${e.field}`,
            code: 'invalid',
            message: e.message,
          })),
        );
      return ok({ terms: termsToDoc(valid.value) });
    }
    case 'accept': {
      const id = input.proposalId;
      if (typeof id !== 'string' || id.trim() === '' || id.length > 64)
        return fail({ field: 'proposalId', code: 'required', message: 'Choose the proposal you accept.' });
      return ok({ proposalId: id });
    }
    case 'escalate': {
      const reason = text(input.reason, 'reason', 'Say why you escalate the case.');
      return reason.ok ? ok({ reason: reason.value }) : reason;
    }
    case 'leadHandover': {
      const note = text(input.note, 'note', 'Say which lead you handed over.');
      return note.ok ? ok({ reason: note.value }) : note;
    }
    default:
      return fail({ field: 'step', code: 'invalid', message: 'Unknown kind of step.' });
  }
}

function text(value: unknown, field: 'reason' | 'note', missing: string): Result<string> {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) return fail({ field, code: 'required', message: missing });
  if (trimmed.length > REASON_MAX)
    return fail({ field, code: 'tooLong', message: `At most ${REASON_MAX} characters.` });
  return ok(trimmed);
}
