import { initialCaseState } from './caseStart';
import { checkStep } from './checkStep';
import { withDeadline } from './deadline';
import { compareEvents, type CaseEvent, type SiblingSettledEvent } from './events';
import { sideOf, type CaseParties, type CaseState, type Resolution } from './state';

/**
 * A case's state is a fold of its events; the office and the endpoint both run this, so they
 * agree without a server deciding the order. Events are sorted by (at, id) here, so arrival
 * order (offline, replication) never matters. Refused events change nothing and are reported.
 */
export function foldCaseEvents(parties: CaseParties, events: readonly CaseEvent[]): CaseState {
  let state = initialCaseState(parties);
  for (const event of [...events].sort(compareEvents)) state = applyCaseEvent(state, parties, event).state;
  return state;
}

/** One step: first let the deadline act (it passed before this event), then check, then apply. */
export function applyCaseEvent(
  state: CaseState,
  parties: CaseParties,
  event: CaseEvent,
): { state: CaseState; ok: boolean; reason?: string } {
  const before = withDeadline(state, event.at).state;
  const check = checkStep(before, parties, event);
  if (!check.ok)
    return {
      state: { ...before, rejected: [...before.rejected, { event, reason: check.reason }] },
      ok: false,
      reason: check.reason,
    };
  const next: CaseState = { ...before, history: [...before.history, event] };
  switch (event.type) {
    case 'propose':
    case 'counter':
      // A later proposal replaces the one on the table; the earlier stays in the history.
      return done({
        ...next,
        phase: 'negotiating',
        currentProposal: {
          id: event.id,
          terms: event.terms,
          by: event.by,
          side: sideOf(parties, event.by.userId)!,
          at: event.at,
        },
      });
    case 'accept': {
      const p = before.currentProposal!;
      return done({
        ...next,
        phase: 'agreed',
        agreed: { kind: 'agreement', terms: p.terms, at: event.at, by: event.by, eventId: event.id },
      });
    }
    case 'escalate':
      return done({ ...next, phase: 'escalated', escalation: { at: event.at, by: event.by, reason: event.reason } });
    case 'decide':
      return done({
        ...next,
        phase: 'decided',
        currentProposal: null,
        decided: { kind: 'decision', terms: event.terms, at: event.at, by: event.by, eventId: event.id },
      });
    case 'deadlineSet':
      return done({ ...next, deadline: event.deadline });
    case 'leadHandover':
      return done({ ...next, leadsHandedOver: next.leadsHandedOver + 1 });
    case 'siblingSettled':
      return done(settledBySibling(next, event));
  }
}

/** An informing step only enters the history; a settling one closes the case as its sibling closed. */
function settledBySibling(next: CaseState, event: SiblingSettledEvent): CaseState {
  if (event.sibling.effect === 'informs' || !event.terms) return next;
  const resolution: Resolution = {
    kind: event.sibling.kind,
    terms: event.terms,
    at: event.at,
    by: event.by,
    eventId: event.id,
  };
  return {
    ...next,
    currentProposal: null,
    settledWith: { caseId: event.sibling.caseId, eventId: event.sibling.eventId },
    ...(event.sibling.kind === 'decision'
      ? { phase: 'decided', decided: resolution }
      : { phase: 'agreed', agreed: resolution }),
  };
}

function done(state: CaseState): { state: CaseState; ok: true } {
  return { state, ok: true };
}
