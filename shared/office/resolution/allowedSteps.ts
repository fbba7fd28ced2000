import { checkStep } from '../../workflow/checkStep';
import { withDeadline } from '../../workflow/deadline';
import type { Actor, CaseEvent } from '../../workflow/events';
import type { CaseParties, CaseState } from '../../workflow/state';
import type { Terms } from '../../workflow/terms';
import type { AllowedSteps } from './types';

/** Terms that are always valid: asking "may I propose?" is about who and when, not about what. */
const ANY_TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 50, newcomer: 50 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};

/**
 * What this user may do on the case now, by the same checkStep that refuses a write: the screen
 * shows exactly the buttons that would succeed, and says why the others would not.
 */
export function allowedSteps(state: CaseState, parties: CaseParties, actor: Actor, now: number): AllowedSteps {
  const current = withDeadline(state, now).state;
  const base = { id: '\u0000probe', caseId: parties.id, at: now, by: actor };
  const probe = (event: CaseEvent) => checkStep(current, parties, event);
  return {
    propose: probe({ ...base, type: 'propose', terms: ANY_TERMS }),
    counter: probe({ ...base, type: 'counter', terms: ANY_TERMS }),
    accept: probe({ ...base, type: 'accept', proposalId: current.currentProposal?.id ?? '' }),
    escalate: probe({ ...base, type: 'escalate', reason: 'probe' }),
    decide: probe({ ...base, type: 'decide', terms: ANY_TERMS }),
    leadHandover: probe({ ...base, type: 'leadHandover', note: 'probe' }),
  };
}
