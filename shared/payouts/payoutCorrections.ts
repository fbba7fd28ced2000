// A deal paid before the terms that name it as disputed: the report of its payment keeps the
// shares known then (they may already have been paid out), and the agreement's period carries a
// correction to the new shares. Nothing reported is rewritten in silence.
import type { Deal } from './deal';
import { groupBy } from './groupBy';
import { sharesByDeal, type DealShares, type Split } from './split';

export interface Correction {
  deal: Deal;
  /** When the terms that changed the shares were agreed (ISO 8601): the correction's date. */
  at: string;
  before: DealShares;
  after: DealShares;
}

export interface PaymentHistory {
  /** The shares reported when the deal was paid. */
  atPayment(deal: Deal): DealShares | undefined;
  /** Every change of a paid deal's shares after its payment, oldest first. */
  corrections: Correction[];
}

const time = (iso: string): number => Date.parse(iso);

/**
 * Only terms naming a deal change it after its creation (any other agreement governs deals created
 * after it), so only deals named by terms agreed after their payment have a history to tell.
 */
export function paymentHistory(
  deals: readonly Deal[],
  splits: readonly Split[],
  finalShares: ReadonlyMap<string, DealShares>,
): PaymentHistory {
  const naming = new Map<string, Split[]>();
  for (const split of splits)
    for (const dealId of split.disputedDeals ?? []) naming.set(dealId, [...(naming.get(dealId) ?? []), split]);
  const namedLater = new Map<string, string[]>();
  for (const deal of naming.size > 0 ? deals : []) {
    if (deal.status !== 'paid' || deal.paidAt === undefined) continue;
    const paidAt = time(deal.paidAt);
    const moments = (naming.get(deal.id) ?? [])
      .filter((s) => s.clientId === deal.clientId && time(s.agreedAt) > paidAt)
      .map((s) => s.agreedAt);
    if (moments.length > 0)
      namedLater.set(
        deal.id,
        [...new Set(moments)].sort((a, b) => time(a) - time(b)),
      );
  }
  if (namedLater.size === 0) return { atPayment: (deal) => finalShares.get(deal.id), corrections: [] };

  const dealsByClient = groupBy(deals, (d) => d.clientId);
  const splitsByClient = groupBy(splits, (s) => s.clientId);
  const knownAt = (deal: Deal, at: number): DealShares | undefined =>
    sharesByDeal(
      dealsByClient.get(deal.clientId) ?? [deal],
      (splitsByClient.get(deal.clientId) ?? []).filter((s) => time(s.agreedAt) <= at),
    ).get(deal.id);

  const atPayment = new Map<string, DealShares>();
  const corrections: Correction[] = [];
  for (const deal of deals) {
    const moments = namedLater.get(deal.id);
    if (!moments || deal.paidAt === undefined) continue;
    let before = knownAt(deal, time(deal.paidAt));
    if (!before) continue;
    atPayment.set(deal.id, before);
    for (const at of moments) {
      const after = knownAt(deal, time(at));
      if (!after) continue;
      if (!sameShares(before, after)) corrections.push({ deal, at, before, after });
      before = after;
    }
  }
  corrections.sort((a, b) => time(a.at) - time(b.at) || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0));
  return { atPayment: (deal) => atPayment.get(deal.id) ?? finalShares.get(deal.id), corrections };
}

function sameShares(a: DealShares, b: DealShares): boolean {
  return (
    a.shares.length === b.shares.length &&
    a.shares.every((s) => b.shares.some((t) => t.managerId === s.managerId && t.pct === s.pct))
  );
}
