import type { Money, PayoutReport } from '../../../../shared/payouts';

export interface CurrencyReconciliation {
  currency: Money['currency'];
  owed: Money;
  margins: Money;
}

export interface Reconciliation {
  /** Every currency's owed total equals the included deals' margins, to the minor unit. */
  exact: boolean;
  currencies: CurrencyReconciliation[];
}

/**
 * The check line under the report: the shares owed must add up to the deals' margins exactly.
 * A currency present on one side only counts as zero on the other, so it shows as a mismatch.
 */
export function reconcile(report: Pick<PayoutReport, 'overall' | 'marginTotals'>): Reconciliation {
  const currencies = [...new Set([...report.overall, ...report.marginTotals].map((m) => m.currency))].sort();
  const amountIn = (list: readonly Money[], currency: Money['currency']) =>
    list.find((m) => m.currency === currency)?.amount ?? 0;
  const rows = currencies.map((currency) => ({
    currency,
    owed: { amount: amountIn(report.overall, currency), currency },
    margins: { amount: amountIn(report.marginTotals, currency), currency },
  }));
  return { exact: rows.every((r) => r.owed.amount === r.margins.amount), currencies: rows };
}
