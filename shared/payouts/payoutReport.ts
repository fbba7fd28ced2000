// "Who gets the bonus" as a report: every paid deal in the period, each manager's share of
// its margin, and totals that add up exactly to the deals' margins, currency by currency.
import type { Deal } from './deal';
import { groupBy } from './groupBy';
import { sumMoney, type CurrencyCode, type Money } from './money';
import { sharesByDeal, type DealShares, type Split } from './split';
import { compareIds, splitAmount } from './splitAmount';

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
  /** Sum of all owed amounts per currency; equals `marginTotals` by construction. */
  overall: Money[];
  /** Sum of the included deals' margins per currency, for reconciliation. */
  marginTotals: Money[];
  dealCount: number;
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

  const lines: PayoutLine[] = [];
  for (const deal of paid) {
    const dealShares = shares.get(deal.id);
    if (!dealShares) throw new Error(`No shares resolved for deal ${deal.id}`);
    if (deal.amount.currency !== deal.margin.currency)
      throw new Error(`Deal ${deal.id}: amount and margin are in different currencies`);
    const amountParts = splitAmount(deal.amount, dealShares.shares);
    const marginParts = splitAmount(deal.margin, dealShares.shares);
    marginParts.forEach((part, i) => {
      lines.push({
        dealId: deal.id,
        dealTitle: deal.title,
        clientId: deal.clientId,
        paidAt: deal.paidAt ?? '',
        managerId: part.managerId,
        officeId: input.managerOffices?.[part.managerId] ?? deal.officeId,
        pct: part.pct,
        amountShare: amountParts[i]?.amount ?? { amount: 0, currency: deal.amount.currency },
        owed: part.amount,
        splitId: dealShares.splitId,
        reason: dealShares.reason,
      });
    });
  }

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
  };
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
