import type { Money, PayoutReport } from '../../../../shared/payouts';

export interface CurrencyReconciliation {
  currency: Money['currency'];
  owed: Money;
  /** The shares of the same deals outside the reader's scope (another office, a colleague). */
  others: Money;
  margins: Money;
}

export interface Reconciliation {
  /** Every currency's owed total plus the other scopes' shares equals the deals' margins, to the minor unit. */
  exact: boolean;
  /** Some of the deals' margins belong to other scopes, named in the report. */
  shared: boolean;
  currencies: CurrencyReconciliation[];
}

/**
 * The check line under the report: the shares owed, with the other scopes' shares of the same
 * deals, must add up to the deals' margins exactly. A correct split with another office is not a
 * mismatch; a currency present on one side only counts as zero on the other, so it shows as one.
 */
export function reconcile(
  report: Pick<PayoutReport, 'overall' | 'marginTotals'> & Partial<Pick<PayoutReport, 'otherScopeTotals'>>,
): Reconciliation {
  const others = report.otherScopeTotals ?? [];
  const currencies = [...new Set([...report.overall, ...others, ...report.marginTotals].map((m) => m.currency))].sort();
  const amountIn = (list: readonly Money[], currency: Money['currency']) =>
    list.find((m) => m.currency === currency)?.amount ?? 0;
  const rows = currencies.map((currency) => ({
    currency,
    owed: { amount: amountIn(report.overall, currency), currency },
    others: { amount: amountIn(others, currency), currency },
    margins: { amount: amountIn(report.marginTotals, currency), currency },
  }));
  return {
    exact: rows.every((r) => r.owed.amount + r.others.amount === r.margins.amount),
    shared: rows.some((r) => r.others.amount !== 0),
    currencies: rows,
  };
}
