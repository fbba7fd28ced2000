import type { CaseEvent, LeadHandoverEvent, SiblingSettledEvent } from './events';
import { siblingStepProblem } from './siblingSettlement';
import { deadlineDue } from './deadline';
import { isResolvable, sideOf, type CaseParties, type CaseState } from './state';
import { validateTerms } from './terms';

export type StepCheck = { ok: true } | { ok: false; reason: string };

export const REASON_MAX = 2000;

/**
 * Who may do what, in one place: the app greys out buttons with it and the endpoint refuses
 * writes with it, so both always agree. Assumes the deadline was already applied for event.at
 * (foldCaseEvents and withDeadline do that); a step after the deadline is refused here too.
 */
export function checkStep(state: CaseState, parties: CaseParties, event: CaseEvent): StepCheck {
  if (event.caseId !== parties.id) return no('This step belongs to another case.');
  if (!Number.isSafeInteger(event.at) || event.at < 0) return no('The step has no valid time.');
  if (state.history.some((h) => h.id === event.id) || state.rejected.some((r) => r.event.id === event.id))
    return no('This step is already recorded.');
  if (parties.kind === 'company') return no(COMPANY_NOTICE);
  if (!isResolvable(parties)) return no(SUPERSEDED);
  // Settling owed leads is the one thing that happens after the terms are final.
  if (event.type === 'leadHandover') return leadHandoverCheck(state, parties, event);
  // A sibling's news about the shared client is recorded whatever the phase, like a note.
  if (event.type === 'siblingSettled' && event.sibling.effect === 'informs') return siblingCheck(parties, event);
  if (state.settledWith) return no(SETTLED_WITH_SIBLING);
  if (state.phase === 'agreed') return no('The managers have already agreed; the case is closed.');
  if (state.phase === 'decided') return no('The case has been decided; the decision is final.');
  const late = deadlineDue(state, event.at);
  const side = sideOf(parties, event.by.userId);

  switch (event.type) {
    case 'propose':
    case 'counter':
    case 'accept': {
      if (!side) return no('Only the two managers of this case can negotiate.');
      if (state.phase === 'escalated' || late) return no('The case has been escalated; the leads decide now.');
      if (state.phase === 'ruled') return no(RULED);
      if (state.recommendedOutcome === 'notifyOnly') return no(NOTIFY_ONLY);
      if (event.type === 'accept') {
        const current = state.currentProposal;
        if (!current) return no('There is no proposal to accept.');
        if (current.id !== event.proposalId)
          return no('These terms have been replaced by newer ones; read the current proposal first.');
        if (current.side === side) return no('You cannot accept your own proposal; the other manager has to.');
        return ok;
      }
      if (event.type === 'counter') {
        if (!state.currentProposal) return no('There is no proposal to counter; make a proposal instead.');
        if (state.currentProposal.side === side)
          return no('You cannot counter your own proposal; make a new proposal instead.');
      }
      return termsCheck(event.terms);
    }
    case 'escalate': {
      if (!side) return no('Only the two managers of this case can escalate it.');
      if (state.phase === 'escalated' || late) return no('The case is already escalated.');
      return textCheck(event.reason, 'Say why you escalate the case.', 'reason');
    }
    case 'decide': {
      const involved = event.by.officeId === parties.owner.officeId || event.by.officeId === parties.newcomer.officeId;
      if (event.by.role !== 'admin' && !(event.by.role === 'lead' && involved))
        return no('Only a lead of an office involved in the case, or an admin, can decide it.');
      return termsCheck(event.terms);
    }
    case 'deadlineSet': {
      const lead =
        event.by.role === 'admin' ||
        (event.by.role === 'lead' &&
          (event.by.officeId === parties.owner.officeId || event.by.officeId === parties.newcomer.officeId));
      if (!side && !lead) return no('Only someone involved in the case can set its deadline.');
      if (state.phase === 'escalated' || late)
        return no('The case is already escalated; a deadline no longer applies.');
      if (state.phase === 'ruled' || state.recommendedOutcome === 'notifyOnly')
        return no('There is no negotiation in this case, so a deadline does not apply.');
      if (!Number.isSafeInteger(event.deadline) || event.deadline <= event.at)
        return no('The deadline must be a valid time after the moment it is set.');
      return ok;
    }
    case 'siblingSettled':
      return siblingCheck(parties, event);
    default:
      return no('Unknown kind of step.');
  }
}

const SETTLED_WITH_SIBLING = 'This case was settled together with another case about the same client; it is closed.';

function siblingCheck(parties: CaseParties, event: SiblingSettledEvent): StepCheck {
  const problem = siblingStepProblem(parties, event);
  if (problem) return no(problem);
  return event.terms ? termsCheck(event.terms) : ok;
}

const COMPANY_NOTICE =
  'This is a notice about a company, not a duplicate of a person: nobody hands a client over, so there is nothing to negotiate or decide.';
const SUPERSEDED = 'This case was replaced by a notice about the company; nothing is resolved on it.';
const RULED = 'The regulations have settled this case; escalate it to a lead if you disagree.';
const NOTIFY_ONLY =
  'The regulations only ask to let both managers know: there is nothing to negotiate. Escalate the case if it needs a decision.';

/** Only the debtor of the final terms hands leads over, and only as many as are owed. */
function leadHandoverCheck(state: CaseState, parties: CaseParties, event: LeadHandoverEvent): StepCheck {
  const final = state.decided ?? state.agreed;
  if (!final) return no('Leads are handed over once the case is agreed or decided.');
  const owed = final.terms.leadsCompensation;
  if (!owed || owed.count === 0) return no('The final terms owe no leads.');
  if (sideOf(parties, event.by.userId) !== owed.from)
    return no(`Only ${parties[owed.from].managerName}, who owes the leads, can record handing one over.`);
  if (state.leadsHandedOver >= owed.count) return no(`All ${owed.count} leads owed have already been handed over.`);
  return textCheck(event.note, 'Say which lead you handed over.', 'note');
}

const ok: StepCheck = { ok: true };

function no(reason: string): StepCheck {
  return { ok: false, reason };
}

function textCheck(text: unknown, missing: string, what: string): StepCheck {
  if (typeof text !== 'string' || text.trim() === '') return no(missing);
  if (text.length > REASON_MAX) return no(`The ${what} is too long: at most ${REASON_MAX} characters.`);
  return ok;
}

function termsCheck(terms: unknown): StepCheck {
  const v = validateTerms(terms);
  return v.ok ? ok : no(`The terms are not valid: ${v.errors.map((e) => e.message).join(' ')}`);
}
