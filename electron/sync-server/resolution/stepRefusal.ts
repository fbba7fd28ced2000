// Whether new steps of a case may be stored, by the workflow's own rules (shared/workflow): the
// app greys out a button with the same checkStep the endpoint refuses a push with. Pure.
import {
  applyCaseEvent,
  checkStep,
  compareEvents,
  foldCaseEvents,
  sideOf,
  withDeadline,
  type CaseEvent,
  type CaseParties,
  type CaseState,
} from '../../../shared/workflow';

export interface StepRefusal {
  eventId: string;
  /** 403: this user may never take this kind of step in this case; 409: not now (the case moved on, stale terms…). */
  status: 403 | 409;
  reason: string;
}

/**
 * Whether the author has the standing for this kind of step in this case at all, whatever its
 * phase. Only chooses the HTTP status of a refusal; the refusal itself is always checkStep's.
 */
function hasStanding(parties: CaseParties, event: CaseEvent): boolean {
  const party = sideOf(parties, event.by.userId) !== null;
  const involvedLead =
    event.by.role === 'admin' ||
    (event.by.role === 'lead' && [parties.owner.officeId, parties.newcomer.officeId].includes(event.by.officeId));
  switch (event.type) {
    case 'decide':
      return involvedLead;
    case 'deadlineSet':
      return party || involvedLead;
    default:
      return party;
  }
}

function refusal(parties: CaseParties, state: CaseState, event: CaseEvent, reason: string): StepRefusal {
  if (hasStanding(parties, event)) return { eventId: event.id, status: 409, reason };
  // A closed case answers "closed" before "not yours"; were it still open, the author's standing
  // is what fails, and that is the reason to give someone who may never take this step.
  const reopened = checkStep({ ...state, phase: 'open' }, parties, event);
  return { eventId: event.id, status: 403, reason: reopened.ok ? reason : reopened.reason };
}

/**
 * The first of `added` that may not be stored after `stored`, or null when all may. Each new step
 * must apply on top of everything recorded (checkStep after the deadline, as applyCaseEvent does).
 * Steps fold in (at, id) order everywhere, so a step dated before recorded ones (written offline)
 * must also leave every recorded step applying as before.
 */
export function refuseCaseSteps(
  parties: CaseParties,
  stored: readonly CaseEvent[],
  added: readonly CaseEvent[],
): StepRefusal | null {
  const inOrder = [...added].sort(compareEvents);
  const before = foldCaseEvents(parties, stored);
  let state = before;
  for (const event of inOrder) {
    const step = applyCaseEvent(state, parties, event);
    if (!step.ok)
      return refusal(
        parties,
        withDeadline(state, event.at).state,
        event,
        step.reason ?? 'This step cannot be taken now.',
      );
    state = step.state;
  }
  const after = foldCaseEvents(parties, [...stored, ...inOrder]);
  const rejectedBefore = new Set(before.rejected.map((r) => r.event.id));
  const overturned = after.rejected.find((r) => !rejectedBefore.has(r.event.id));
  const first = inOrder[0];
  if (!overturned || !first) return null;
  const own = inOrder.find((e) => e.id === overturned.event.id);
  const reason = own
    ? `This step is dated ${iso(own.at)}, before steps already recorded, and in that order it does not apply: ${overturned.reason}`
    : `This step is dated ${iso(first.at)}, before steps already recorded, and would overturn the step of ${iso(overturned.event.at)} ("${overturned.reason}").`;
  return { eventId: own?.id ?? first.id, status: 409, reason };
}

function iso(at: number): string {
  return new Date(at).toISOString();
}
