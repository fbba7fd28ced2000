// Splits agreed in a case (by the two managers or decided by a lead) and which of the
// client's deals each one governs. Kept apart from the arithmetic: "which deal" is a
// business rule, "how many kopecks" is not.
import type { Deal } from './deal';
import { groupBy } from './groupBy';
import { compareIds, validateShares, type Share } from './splitAmount';

export interface Split {
  id: string;
  /** The agreement or decision this split comes from, for the audit trail. */
  caseId: string;
  clientId: string;
  /** When the terms became final (ISO 8601): only deals created from then on are governed. */
  agreedAt: string;
  /** The client's first order after the agreement, e.g. 60/40. */
  firstOrder: readonly Share[];
  /** Later orders, limited by a count, a date, or both (whichever ends first). */
  laterOrders?: {
    shares: readonly Share[];
    maxOrders?: number;
    /** Inclusive ISO 8601 instant: deals created after it are no longer split. */
    until?: string;
  };
  /**
   * Deals already open or paid on either client when the terms were agreed, named by the terms as
   * the disputed ones: they are shared like the first order (and count as it), whenever created.
   */
  disputedDeals?: readonly string[];
}

/** Problems with a split's terms, in words; empty when valid. */
export function validateSplit(split: Split): string[] {
  const errors = validateShares(split.firstOrder).map((e) => `First order: ${e}`);
  if (split.laterOrders) {
    errors.push(...validateShares(split.laterOrders.shares).map((e) => `Later orders: ${e}`));
    const max = split.laterOrders.maxOrders;
    if (max !== undefined && (!Number.isInteger(max) || max < 0))
      errors.push(`Later orders: the number of orders must be a whole number ≥ 0, got ${max}`);
    if (max === undefined && split.laterOrders.until === undefined)
      errors.push('Later orders: give a number of orders or an end date');
  }
  if (Number.isNaN(Date.parse(split.agreedAt))) errors.push(`Agreement date "${split.agreedAt}" is not a valid date`);
  return errors;
}

export interface DealShares {
  shares: readonly Share[];
  /** The split that set these shares, or null when the deal's own manager gets it all. */
  splitId: string | null;
  /** Why: shown next to the line in the report so nobody has to ask. */
  reason: 'no-split' | 'first-order' | 'later-order' | 'outside-terms' | 'disputed-deal';
}

const time = (iso: string): number => Date.parse(iso);

/** Chronological, then by id, so deals created in the same millisecond still have one order. */
const byCreation = (a: Deal, b: Deal): number => time(a.createdAt) - time(b.createdAt) || compareIds(a.id, b.id);

/**
 * The shares for every deal, by deal id. For each deal the latest agreement on its client
 * made at or before the deal's creation governs — a newer agreement replaces an older one,
 * it does not stack. Cancelled deals are skipped when counting orders (a cancelled booking
 * is not the client's "first order"), but still get an entry so reports can show them.
 */
export function sharesByDeal(deals: readonly Deal[], splits: readonly Split[]): Map<string, DealShares> {
  const result = new Map<string, DealShares>();
  const own = (deal: Deal, reason: DealShares['reason']): DealShares => ({
    shares: [{ managerId: deal.managerId, pct: 100 }],
    splitId: null,
    reason,
  });

  const splitsByClient = groupBy(splits, (s) => s.clientId);
  for (const list of splitsByClient.values())
    list.sort((a, b) => time(a.agreedAt) - time(b.agreedAt) || compareIds(a.id, b.id));

  const dealsByClient = groupBy(deals, (d) => d.clientId);
  for (const [clientId, clientDeals] of dealsByClient) {
    const clientSplits = splitsByClient.get(clientId) ?? [];
    const ordered = [...clientDeals].sort(byCreation);
    // Order index per split: how many non-cancelled deals it has governed so far.
    const counters = new Map<string, number>();
    for (const deal of ordered) {
      const governing = latestAtOrBefore(clientSplits, time(deal.createdAt));
      const naming = latestNaming(clientSplits, deal.id);
      // Naming a deal is the later, more specific word on it than an agreement it was created under.
      if (naming && (!governing || time(naming.agreedAt) >= time(governing.agreedAt))) {
        if (deal.status === 'cancelled') {
          result.set(deal.id, own(deal, 'outside-terms'));
          continue;
        }
        // The disputed deal is the first order: the next one under these terms is a later order.
        counters.set(naming.id, Math.max(counters.get(naming.id) ?? 0, 1));
        result.set(deal.id, { shares: naming.firstOrder, splitId: naming.id, reason: 'disputed-deal' });
        continue;
      }
      if (!governing) {
        result.set(deal.id, own(deal, 'no-split'));
        continue;
      }
      if (deal.status === 'cancelled') {
        result.set(deal.id, own(deal, 'outside-terms'));
        continue;
      }
      const index = counters.get(governing.id) ?? 0;
      counters.set(governing.id, index + 1);
      result.set(deal.id, sharesForOrder(deal, governing, index) ?? own(deal, 'outside-terms'));
    }
  }
  return result;
}

function sharesForOrder(deal: Deal, split: Split, index: number): DealShares | null {
  if (index === 0) return { shares: split.firstOrder, splitId: split.id, reason: 'first-order' };
  const later = split.laterOrders;
  if (!later) return null;
  if (later.maxOrders !== undefined && index > later.maxOrders) return null;
  if (later.until !== undefined && time(deal.createdAt) > time(later.until)) return null;
  return { shares: later.shares, splitId: split.id, reason: 'later-order' };
}

/** The latest agreement naming the deal as a disputed one, if any (splits sorted by agreedAt). */
function latestNaming(sorted: readonly Split[], dealId: string): Split | undefined {
  let found: Split | undefined;
  for (const split of sorted) {
    if (split.disputedDeals?.includes(dealId)) found = split;
  }
  return found;
}

function latestAtOrBefore(sorted: readonly Split[], at: number): Split | undefined {
  let found: Split | undefined;
  for (const split of sorted) {
    if (time(split.agreedAt) <= at) found = split;
  }
  return found;
}
