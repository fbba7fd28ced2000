import { isResolvable, type CaseParties, type CaseRuling, type CaseState } from './state';
import { NOTE_MAX, validateTerms, type Terms } from './terms';

const HOUR_MS = 3_600_000;

/**
 * How a case starts, before any step: the regulations' recommendation decides whether the
 * managers negotiate (against a deadline), a lead decides, the rule itself settles it, or there
 * is nothing to resolve. The endpoint and the office both start from here, so they agree.
 */
export function initialCaseState(parties: CaseParties): CaseState {
  const base: CaseState = {
    caseId: parties.id,
    phase: 'open',
    currentProposal: null,
    history: [],
    agreed: null,
    decided: null,
    ruled: null,
    recommendedOutcome: null,
    deadline: null,
    escalation: null,
    leadsHandedOver: 0,
    rejected: [],
  };
  // Whatever a rule said of it, a company notice or a superseded case hands no one over.
  if (!isResolvable(parties)) return { ...base, recommendedOutcome: 'notifyOnly' };
  const ruling = parties.recommendation;
  if (!ruling) return base;
  const at = parties.detectedAt ?? 0;
  const outcome = ruling.outcome;
  const started = { ...base, recommendedOutcome: outcome.type };
  switch (outcome.type) {
    case 'negotiate': {
      const hours = outcome.deadlineHours;
      return {
        ...started,
        deadline: hours !== undefined && Number.isSafeInteger(hours) && hours > 0 ? at + hours * HOUR_MS : null,
      };
    }
    case 'notifyOnly':
      return started;
    case 'leadDecides':
      return { ...started, phase: 'escalated', escalation: { at, by: null, reason: ruling.explanation } };
    default: {
      const terms = ruleTerms(ruling);
      // A recommendation that cannot be turned into valid terms is not applied: a person has to look.
      if (!terms)
        return {
          ...started,
          phase: 'escalated',
          escalation: { at, by: null, reason: 'The recommended outcome is not valid terms, so a lead decides.' },
        };
      return {
        ...started,
        phase: 'ruled',
        ruled: { kind: 'rule', terms, at, by: null, eventId: `${parties.id}:rule`, explanation: ruling.explanation },
      };
    }
  }
}

/** The terms a settling rule amounts to: who keeps the client and how the first order is split. */
export function ruleTerms(ruling: CaseRuling): Terms | null {
  const o = ruling.outcome;
  const derived =
    o.type === 'stayWithOwner'
      ? { keeper: 'owner', firstOrderSplit: { owner: 100, newcomer: 0 } }
      : o.type === 'moveToNewcomer'
        ? { keeper: 'newcomer', firstOrderSplit: { owner: 0, newcomer: 100 } }
        : o.type === 'splitFirstOrder'
          ? { keeper: 'owner', firstOrderSplit: { owner: o.owner, newcomer: o.newcomer } }
          : null;
  if (!derived) return null;
  const valid = validateTerms({
    ...derived,
    laterOrdersSplit: null,
    leadsCompensation: null,
    note: ruling.explanation.slice(0, NOTE_MAX),
  });
  return valid.ok ? valid.value : null;
}
