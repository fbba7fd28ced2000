// An agreed, decided or rule-settled case becomes payout splits: the terms speak of sides (owner, newcomer),
// the payout report of managers. Both clients of the case are covered, since the deal may be
// logged on either record.
import type { CaseDoc } from '../db';
import type { Split } from '../payouts';
import { termsInForce, type CaseState, type Resolution, type Split as SidesSplit } from '../workflow';

/** The terms in force on a case (a decision over an agreement over the regulations' resolution), or null while unresolved. */
export function finalResolution(state: CaseState): Resolution | null {
  return termsInForce(state);
}

export function splitsOfCase(caseDoc: Pick<CaseDoc, 'id' | 'owner' | 'newcomer'>, state: CaseState): Split[] {
  const final = finalResolution(state);
  if (!final) return [];
  const shares = (s: SidesSplit) =>
    [
      { managerId: caseDoc.owner.managerId, pct: s.owner },
      { managerId: caseDoc.newcomer.managerId, pct: s.newcomer },
    ].filter((share) => share.pct > 0);
  const later = final.terms.laterOrdersSplit;
  return [caseDoc.owner.clientId, caseDoc.newcomer.clientId].map((clientId) => ({
    id: `${final.eventId}|${clientId}`,
    caseId: caseDoc.id,
    clientId,
    agreedAt: new Date(final.at).toISOString(),
    firstOrder: shares(final.terms.firstOrderSplit),
    ...(final.terms.disputedDeals.length > 0 ? { disputedDeals: [...final.terms.disputedDeals] } : {}),
    ...(later
      ? {
          laterOrders: {
            shares: shares(later),
            ...(later.orders !== undefined ? { maxOrders: later.orders } : {}),
            ...(later.until !== undefined ? { until: new Date(later.until).toISOString() } : {}),
          },
        }
      : {}),
  }));
}
