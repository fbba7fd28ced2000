// A deal is the latest of its editions (deal activities with one dealId): the office's client
// page and the endpoint's payout report both read deals through this one fold.
import type { ActivityDoc, DealEdition } from '../db';
import { compareEvents } from '../workflow/events';
import type { Deal } from '../payouts';
import { isCurrency } from '../payouts';
import { groupBy } from '../payouts/groupBy';

export interface FoldedDeal {
  dealId: string;
  clientId: string;
  officeId: string;
  current: DealEdition;
  /** When the first edition was written (the deal's creation). */
  createdAt: number;
  /** When an edition first said 'paid', while the latest still says so. */
  paidAt: number | null;
  /** Oldest first. */
  editions: Array<{ activityId: string; at: number; authorName: string; edition: DealEdition }>;
}

/**
 * Deal editions grouped by dealId, in (at, id) order; activities of other types are ignored. Newest
 * deal first. A deal belongs to the client and office of its first edition: an edition with the same
 * dealId from another office or for another client is not part of it (it could otherwise move one
 * office's deal, and its margin, into another office's payouts).
 */
export function foldDealEditions(activities: readonly ActivityDoc[]): FoldedDeal[] {
  const byDeal = groupBy(
    activities.filter((a) => a.type === 'deal' && a.deal),
    (a) => a.deal!.dealId,
  );
  const deals: FoldedDeal[] = [];
  for (const [dealId, list] of byDeal) {
    list.sort(compareEvents);
    const origin = list[0]!;
    const own = list.filter((a) => a.officeId === origin.officeId && a.clientId === origin.clientId);
    deals.push(foldOne(dealId, own));
  }
  return deals.sort((a, b) => b.createdAt - a.createdAt || (a.dealId < b.dealId ? -1 : 1));
}

/** One deal from its own editions, oldest first. */
function foldOne(dealId: string, list: readonly ActivityDoc[]): FoldedDeal {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const paid = list.find((a) => a.deal!.status === 'paid');
  return {
    dealId,
    clientId: first.clientId,
    officeId: first.officeId,
    current: last.deal!,
    createdAt: first.at,
    paidAt: last.deal!.status === 'paid' && paid ? paid.at : null,
    editions: list.map((a) => ({ activityId: a.id, at: a.at, authorName: a.authorName, edition: a.deal! })),
  };
}

/** The payouts module's view of a folded deal (money in minor units, ISO times). */
export function toPayoutDeal(deal: FoldedDeal): Deal | null {
  const c = deal.current;
  if (!isCurrency(c.currency)) return null;
  return {
    id: deal.dealId,
    clientId: deal.clientId,
    managerId: c.managerId,
    officeId: deal.officeId,
    title: c.title,
    travel: { start: c.travelStart, end: c.travelEnd },
    amount: { amount: c.amountMinor, currency: c.currency },
    margin: { amount: c.marginMinor, currency: c.currency },
    status: c.status,
    createdAt: new Date(deal.createdAt).toISOString(),
    ...(deal.paidAt !== null ? { paidAt: new Date(deal.paidAt).toISOString() } : {}),
  };
}
