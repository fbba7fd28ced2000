// Stored case events (shared/db CaseEventDoc) ↔ the workflow's CaseEvent: one mapping, used by
// the office and the endpoint, so both fold exactly the same steps.
import type { CaseEventDoc, TermsDoc } from '../db/schemas/caseEvent';
import type { CaseEvent, SiblingSettledEvent } from './events';
import type { Terms } from './terms';

export function termsFromDoc(doc: TermsDoc): Terms {
  return {
    keeper: doc.keeper,
    firstOrderSplit: { ...doc.firstOrderSplit },
    laterOrdersSplit: doc.laterOrdersSplit ? { ...doc.laterOrdersSplit } : null,
    leadsCompensation: doc.leadsCompensation ? { ...doc.leadsCompensation } : null,
    disputedDeals: doc.disputedDeals ? [...doc.disputedDeals] : [],
    note: doc.note,
  };
}

export function termsToDoc(terms: Terms): TermsDoc {
  return {
    keeper: terms.keeper,
    firstOrderSplit: { owner: terms.firstOrderSplit.owner, newcomer: terms.firstOrderSplit.newcomer },
    ...(terms.laterOrdersSplit
      ? {
          laterOrdersSplit: {
            owner: terms.laterOrdersSplit.owner,
            newcomer: terms.laterOrdersSplit.newcomer,
            ...(terms.laterOrdersSplit.orders !== undefined ? { orders: terms.laterOrdersSplit.orders } : {}),
            ...(terms.laterOrdersSplit.until !== undefined ? { until: terms.laterOrdersSplit.until } : {}),
          },
        }
      : {}),
    ...(terms.leadsCompensation
      ? { leadsCompensation: { from: terms.leadsCompensation.from, count: terms.leadsCompensation.count } }
      : {}),
    ...(terms.disputedDeals.length > 0 ? { disputedDeals: [...terms.disputedDeals] } : {}),
    note: terms.note,
  };
}

/** A stored step whose type needs fields it lacks maps to null: the fold never sees half a step. */
export function caseEventFromDoc(doc: CaseEventDoc): CaseEvent | null {
  const base = {
    id: doc.id,
    caseId: doc.caseId,
    at: doc.at,
    by: { userId: doc.by.userId, role: doc.by.role, officeId: doc.by.officeId },
  };
  switch (doc.type) {
    case 'propose':
    case 'counter':
    case 'decide':
      return doc.terms ? { ...base, type: doc.type, terms: termsFromDoc(doc.terms) } : null;
    case 'accept':
      return doc.proposalId ? { ...base, type: 'accept', proposalId: doc.proposalId } : null;
    case 'escalate':
      return { ...base, type: 'escalate', reason: doc.reason ?? '' };
    case 'deadlineSet':
      return doc.deadline !== undefined ? { ...base, type: 'deadlineSet', deadline: doc.deadline } : null;
    case 'leadHandover':
      return { ...base, type: 'leadHandover', note: doc.reason ?? '' };
    case 'siblingSettled':
      return doc.sibling
        ? {
            ...base,
            type: 'siblingSettled',
            sibling: { ...doc.sibling },
            terms: doc.terms ? termsFromDoc(doc.terms) : null,
          }
        : null;
    default:
      return null;
  }
}

/** The endpoint's sibling step as stored (the other steps are written by the office's own commands). */
export function siblingStepToDoc(
  event: SiblingSettledEvent,
  officeIds: readonly string[],
  byName: string,
): CaseEventDoc {
  return {
    id: event.id,
    caseId: event.caseId,
    officeIds: [...officeIds],
    type: 'siblingSettled',
    at: event.at,
    by: { ...event.by, name: byName },
    sibling: { ...event.sibling },
    ...(event.terms ? { terms: termsToDoc(event.terms) } : {}),
  };
}

export function caseEventsFromDocs(docs: readonly CaseEventDoc[]): CaseEvent[] {
  return docs.map(caseEventFromDoc).filter((e): e is CaseEvent => e !== null);
}
