// Leads owed between managers as compensation ("Masha gets 3 leads from Petya"): a running
// balance per pair. Handing over a lead settles one; handovers with nothing owed are normal
// routing and settle nothing.
import { compareIds } from './splitAmount';

export interface LeadDebtEvent {
  /** The manager who owes leads. */
  from: string;
  /** The manager who is owed. */
  to: string;
  count: number;
  /** ISO 8601. */
  at: string;
}

export interface LeadHandover {
  from: string;
  to: string;
  at: string;
}

export interface LeadBalance {
  from: string;
  to: string;
  owed: number;
}

export interface LeadBalanceResult {
  /** Only pairs with leads still owed, sorted by debtor then creditor. */
  balances: LeadBalance[];
  /** Handovers that found nothing owed in their direction at their time. */
  unmatchedHandovers: number;
}

/**
 * Replays debts and handovers in time order (debts first at equal times, so a handover made
 * the moment an agreement lands counts). Opposite debts between the same two managers net out:
 * if Petya owes Masha 3 and later Masha owes Petya 1, Petya owes 2.
 */
export function leadBalance(events: readonly LeadDebtEvent[], handovers: readonly LeadHandover[]): LeadBalanceResult {
  for (const e of events) {
    if (!Number.isInteger(e.count) || e.count <= 0)
      throw new Error(`Lead debt from ${e.from} to ${e.to} must be a positive whole number, got ${e.count}`);
    if (e.from === e.to) throw new Error(`A manager cannot owe leads to themselves (${e.from})`);
  }
  type Step = { kind: 0 | 1; from: string; to: string; count: number; at: number };
  const steps: Step[] = [
    ...events.map((e): Step => ({ kind: 0, from: e.from, to: e.to, count: e.count, at: Date.parse(e.at) })),
    ...handovers.map((h): Step => ({ kind: 1, from: h.from, to: h.to, count: 1, at: Date.parse(h.at) })),
  ].sort((a, b) => a.at - b.at || a.kind - b.kind);

  // Signed balance per unordered pair: positive means the smaller id owes the larger.
  const net = new Map<string, number>();
  let unmatched = 0;
  for (const step of steps) {
    const [key, sign] = pairKey(step.from, step.to);
    const current = net.get(key) ?? 0;
    if (step.kind === 0) {
      net.set(key, current + sign * step.count);
    } else if (current * sign > 0) {
      net.set(key, current - sign);
    } else {
      unmatched += 1;
    }
  }

  const balances: LeadBalance[] = [];
  for (const [key, value] of net) {
    if (value === 0) continue;
    const [low, high] = JSON.parse(key) as [string, string];
    balances.push(value > 0 ? { from: low, to: high, owed: value } : { from: high, to: low, owed: -value });
  }
  balances.sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));
  return { balances, unmatchedHandovers: unmatched };
}

/** JSON keeps the key unambiguous whatever characters ids contain. */
function pairKey(from: string, to: string): [string, 1 | -1] {
  return compareIds(from, to) < 0 ? [JSON.stringify([from, to]), 1] : [JSON.stringify([to, from]), -1];
}
