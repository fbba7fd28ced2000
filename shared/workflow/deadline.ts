import type { CaseState, DeadlinePassed } from './state';

/** Only a case still in negotiation can run out of time; an escalated or final case already moved on. */
export function deadlineDue(state: CaseState, now: number): boolean {
  return state.deadline !== null && now >= state.deadline && (state.phase === 'open' || state.phase === 'negotiating');
}

/**
 * The case escalates by itself once its deadline has passed. Nobody writes that event (no one
 * may be online), so every reader derives it the same way: at the deadline instant, with a
 * stable id. Returns the state unchanged (and no event) when the deadline is not due.
 */
export function withDeadline(state: CaseState, now: number): { state: CaseState; escalated: DeadlinePassed | null } {
  if (!deadlineDue(state, now) || state.deadline === null) return { state, escalated: null };
  const at = state.deadline;
  const escalated: DeadlinePassed = {
    type: 'deadlinePassed',
    id: `${state.caseId}:deadline:${at}`,
    caseId: state.caseId,
    at,
  };
  return {
    state: {
      ...state,
      phase: 'escalated',
      escalation: { at, by: null, reason: 'The negotiation deadline passed without an agreement.' },
      history: [...state.history, escalated],
    },
    escalated,
  };
}
