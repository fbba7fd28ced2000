// "Who gets the bonus" as a report: every paid deal in the period, each manager's share of
// its margin, and totals that add up exactly to the deals' margins, currency by currency.
import type { Deal } from './deal';
import { groupBy } from './groupBy';
import { sumMoney, type CurrencyCode, type Money } from './money';
import { paymentHistory, type Correction } from './payoutCorrections';
import { sharesByDeal, type DealShares, type Split } from './split';
import { compareIds, splitAmount, type Share } from './splitAmount';

export interface Period {
  /** Inclusive ISO 8601 instant. */
  from: string;
  /** Exclusive, so consecutive months never count a deal twice. */
  to: string;
}

export interface PayoutLine {
  dealId: string;
  dealTitle: string;
  clientId: string;
  paidAt: string;
  managerId: string;
  /** The office that pays this manager: from managerOffices, else the deal's office. */
  officeId: string;
  pct: number;
  /** The manager's part of the deal amount (credited sales). */
  amountShare: Money;
  /** The manager's part of the margin: the bonus base, and what is owed by the split. */
  owed: Money;
  splitId: string | null;
  reason: DealShares['reason'];
  /**
   * Only on a correction line: terms agreed after the deal was paid named it as disputed, so its
   * shares changed at `at` (ISO 8601). `owed` and `amountShare` are then the difference from what
   * was reported at payment (`previousPct` then, `pct` now); the original line stays as it was.
   */
  correction?: { at: string; previousPct: number };
}

/**
 * Another scope's share of a deal the viewer has a share in, named by the office it is paid
 * through and never by its manager: the lead of office 1 sees "office 2 — 40%" of a split deal.
 */
export interface OtherScopeShare {
  dealId: string;
  officeId: string;
  pct: number;
  owed: Money;
  /** The agreement's time when this is another scope's part of a correction. */
  correctionAt?: string;
}

export interface PayoutGroup {
  /** A managerId or an officeId, depending on `by`. */
  key: string;
  lines: PayoutLine[];
  /** One entry per currency, sorted by code: currencies are never added together. */
  totals: Money[];
}

export interface PayoutReport {
  period: Period;
  by: 'manager' | 'office';
  groups: PayoutGroup[];
  totalsByManager: { managerId: string; totals: Money[] }[];
  totalsByOffice: { officeId: string; totals: Money[] }[];
  /** Sum of all owed amounts per currency; with `otherScopeTotals` it equals `marginTotals` by construction. */
  overall: Money[];
  /** Sum of the included deals' margins per currency, for reconciliation. */
  marginTotals: Money[];
  /** Deals paid in the period. */
  dealCount: number;
  /** Deals paid earlier whose shares were corrected in the period (correction lines). */
  correctedDealCount: number;
  /** The shares of the same deals outside the viewer's scope; empty in the agency-wide report. */
  otherScopes: OtherScopeShare[];
  otherScopeTotals: Money[];
}

export interface PayoutReportInput {
  deals: readonly Deal[];
  splits: readonly Split[];
  period: Period;
  by: 'manager' | 'office';
  /** managerId → officeId; a split across offices pays each manager through their own office. */
  managerOffices?: Readonly<Record<string, string>>;
}

export function payoutReport(input: PayoutReportInput): PayoutReport {
  const { period, by } = input;
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`Invalid period ${period.from} – ${period.to}`);

  // Shares are resolved over all deals, not just this period's: the order count of a split
  // ("the first order", "the next 3") depends on deals outside the period too.
  const shares = sharesByDeal(input.deals, input.splits);
  const paid = input.deals
    .filter((d) => d.status === 'paid' && d.paidAt !== undefined && inPeriod(Date.parse(d.paidAt), from, to))
    .sort((a, b) => Date.parse(a.paidAt ?? '') - Date.parse(b.paidAt ?? '') || compareIds(a.id, b.id));

  const history = paymentHistory(input.deals, input.splits, shares);
  const lines: PayoutLine[] = [];
  for (const deal of paid) {
    const dealShares = history.atPayment(deal);
    if (!dealShares) throw new Error(`No shares resolved for deal ${deal.id}`);
    lines.push(...dealLines(deal, dealShares, input.managerOffices));
  }
  // Terms agreed after a deal was paid may name it as disputed: the report of the agreement's
  // period says so in correction lines, and the period of payment keeps what was reported then.
  const corrections = history.corrections.filter((c) => inPeriod(Date.parse(c.at), from, to));
  for (const c of corrections) lines.push(...correctionLines(c, input.managerOffices));

  const byManager = payoutGroups(lines, (l) => l.managerId);
  const byOffice = payoutGroups(lines, (l) => l.officeId);
  return {
    period,
    by,
    groups: by === 'manager' ? byManager : byOffice,
    totalsByManager: byManager.map((g) => ({ managerId: g.key, totals: g.totals })),
    totalsByOffice: byOffice.map((g) => ({ officeId: g.key, totals: g.totals })),
    overall: totalsOf(lines.map((l) => l.owed)),
    marginTotals: totalsOf(paid.map((d) => d.margin)),
    dealCount: paid.length,
    correctedDealCount: new Set(corrections.map((c) => c.deal.id)).size,
    otherScopes: [],
    otherScopeTotals: [],
  };
}

type ManagerOffices = PayoutReportInput['managerOffices'];

function lineOf(deal: Deal, shares: DealShares, managerOffices: ManagerOffices) {
  return (managerId: string): Omit<PayoutLine, 'pct' | 'amountShare' | 'owed'> => ({
    dealId: deal.id,
    dealTitle: deal.title,
    clientId: deal.clientId,
    paidAt: deal.paidAt ?? '',
    managerId,
    officeId: managerOffices?.[managerId] ?? deal.officeId,
    splitId: shares.splitId,
    reason: shares.reason,
  });
}

function checkedCurrencies(deal: Deal): void {
  if (deal.amount.currency !== deal.margin.currency)
    throw new Error(`Deal ${deal.id}: amount and margin are in different currencies`);
}

/** A paid deal's lines: each manager's part of its amount and margin, to the kopeck. */
function dealLines(deal: Deal, shares: DealShares, managerOffices: ManagerOffices): PayoutLine[] {
  checkedCurrencies(deal);
  const amountParts = splitAmount(deal.amount, shares.shares);
  // One literal per line, not a spread: the report builds tens of thousands of them.
  return splitAmount(deal.margin, shares.shares).map((part, i) => ({
    dealId: deal.id,
    dealTitle: deal.title,
    clientId: deal.clientId,
    paidAt: deal.paidAt ?? '',
    managerId: part.managerId,
    officeId: managerOffices?.[part.managerId] ?? deal.officeId,
    pct: part.pct,
    amountShare: amountParts[i]?.amount ?? { amount: 0, currency: deal.amount.currency },
    owed: part.amount,
    splitId: shares.splitId,
    reason: shares.reason,
  }));
}

/** Each manager's difference between the shares reported at payment and the corrected ones. */
function correctionLines(c: Correction, managerOffices: ManagerOffices): PayoutLine[] {
  checkedCurrencies(c.deal);
  const line = lineOf(c.deal, c.after, managerOffices);
  const part = (total: Money, shares: readonly Share[], managerId: string): number =>
    splitAmount(total, shares).find((p) => p.managerId === managerId)?.amount.amount ?? 0;
  const pctOf = (shares: readonly Share[], managerId: string): number =>
    shares.find((s) => s.managerId === managerId)?.pct ?? 0;
  const managers = [...new Set([...c.before.shares, ...c.after.shares].map((s) => s.managerId))];
  return managers
    .map((managerId): PayoutLine => {
      const delta = (total: Money): Money => ({
        amount: part(total, c.after.shares, managerId) - part(total, c.before.shares, managerId),
        currency: total.currency,
      });
      return {
        ...line(managerId),
        pct: pctOf(c.after.shares, managerId),
        amountShare: delta(c.deal.amount),
        owed: delta(c.deal.margin),
        correction: { at: c.at, previousPct: pctOf(c.before.shares, managerId) },
      };
    })
    .filter((l) => l.owed.amount !== 0 || l.amountShare.amount !== 0 || l.pct !== l.correction?.previousPct);
}

const inPeriod = (at: number, from: number, to: number): boolean => at >= from && at < to;

/** Lines grouped by manager or office, groups sorted by key, each with its per-currency totals. */
export function payoutGroups(lines: readonly PayoutLine[], key: (line: PayoutLine) => string): PayoutGroup[] {
  return [...groupBy(lines, key)]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([k, ls]) => ({ key: k, lines: ls, totals: totalsOf(ls.map((l) => l.owed)) }));
}

/** Per-currency totals, sorted by currency code so output is stable. */
export function totalsOf(items: readonly Money[]): Money[] {
  const currencies = [...new Set(items.map((m) => m.currency))].sort(compareIds) as CurrencyCode[];
  return currencies.map((c) =>
    sumMoney(
      items.filter((m) => m.currency === c),
      c,
    ),
  );
}
