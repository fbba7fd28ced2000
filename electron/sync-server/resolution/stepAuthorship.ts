// What a pushed case step must say about itself before the workflow even looks at it: written by
// the signed-in user, complete, with valid terms, not from the future, never withdrawn. Pure.
import type { CaseEventDoc } from '../../../shared/db/schemas/caseEvent';
import type { SessionUser, SyncDocument } from '../../../shared/sync';
import { caseEventFromDoc, termsFromDoc, validateTerms, type CaseEvent } from '../../../shared/workflow';
import { ApiFailure } from '../http/apiFailure';

/** How far ahead of the endpoint's clock a step may be dated (workstation clocks drift a little). */
export const MAX_CLOCK_AHEAD_MS = 10 * 60_000;

const refused = 'The push was refused and nothing was written:';

/** The account's office as a step names it: an admin without an office writes "". */
export function actorOfficeId(user: SessionUser): string {
  return user.officeId ?? '';
}

/** The step as the workflow sees it, or an ApiFailure saying what is wrong with it. */
export function checkStepDocument(user: SessionUser, doc: SyncDocument<'caseevents'>, now: number): CaseEvent {
  const { id, by } = doc;
  if (doc._deleted) {
    throw new ApiFailure(
      409,
      'immutable_field',
      `${refused} step "${id}" is marked deleted; a step of a case is never withdrawn or deleted, it stays in the case's history.`,
    );
  }
  // Only the endpoint settles a case by its sibling, from the cases it holds (resolution/settleSiblings.ts).
  if (doc.type === 'siblingSettled') {
    throw new ApiFailure(
      403,
      'forbidden',
      `${refused} step "${id}" says another case settled this one; only the agency server records that, when the other case is settled.`,
    );
  }
  if (by.userId !== user.id) {
    throw new ApiFailure(
      403,
      'forbidden',
      `${refused} step "${id}" names ${by.name || by.userId} as its author, but you are signed in as ${user.name}; only its author can record a step.`,
    );
  }
  if (by.role !== user.role || by.officeId !== actorOfficeId(user)) {
    throw new ApiFailure(
      403,
      'forbidden',
      `${refused} step "${id}" was written as a ${by.role} of office "${by.officeId}", but your account is a ${user.role}${user.officeId ? ` of office "${user.officeId}"` : ' without an office'}.`,
    );
  }
  if (doc.at > now + MAX_CLOCK_AHEAD_MS) {
    throw new ApiFailure(
      400,
      'validation_failed',
      `${refused} step "${id}" is dated ${new Date(doc.at).toISOString()}, in the future; check this computer's clock.`,
      [{ field: 'at', message: 'is in the future' }],
    );
  }
  const event = caseEventFromDoc(doc as CaseEventDoc);
  if (!event) {
    throw new ApiFailure(
      400,
      'validation_failed',
      `${refused} the "${doc.type}" step "${id}" is incomplete (${NEEDS[doc.type]}).`,
      [{ field: FIELD[doc.type], message: 'is required for this step' }],
    );
  }
  if (doc.terms) {
    const terms = validateTerms(termsFromDoc(doc.terms));
    if (!terms.ok) {
      throw new ApiFailure(
        400,
        'validation_failed',
        `${refused} the terms of step "${id}" are not valid: ${terms.errors.map((e) => e.message).join(' ')}`,
        terms.errors.map((e) => ({ field: `terms.${e.field}`, message: e.message })),
      );
    }
  }
  return event;
}

const NEEDS: Record<CaseEventDoc['type'], string> = {
  propose: 'a proposal needs its terms',
  counter: 'a counter-proposal needs its terms',
  decide: 'a decision needs its terms',
  accept: 'an acceptance names the proposal it accepts in proposalId',
  escalate: 'an escalation needs its reason',
  deadlineSet: 'a deadline needs its time',
  leadHandover: 'a lead handover needs its note',
  siblingSettled: 'it names the sibling case',
};

const FIELD: Record<CaseEventDoc['type'], string> = {
  propose: 'terms',
  counter: 'terms',
  decide: 'terms',
  accept: 'proposalId',
  escalate: 'reason',
  deadlineSet: 'deadline',
  leadHandover: 'reason',
  siblingSettled: 'sibling',
};
