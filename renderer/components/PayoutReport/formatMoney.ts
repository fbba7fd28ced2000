import { formatDecimal, minorDigits, type Money } from '../../../shared/payouts';

/**
 * "1 234,56 ₽" / "RUB 1,234.56": minor units shown with exactly the currency's minor digits.
 * Goes through the exact decimal string (formatDecimal), so no float ever rounds a kopeck away;
 * a double holds every amount below 90 trillion roubles exactly to two decimals.
 */
export function formatMoney(value: Money, locale: string): string {
  const digits = minorDigits(value.currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(formatDecimal(value)));
}

/** Several currencies are never added together: each total is shown on its own, joined. */
export function formatTotals(totals: readonly Money[], locale: string): string {
  return totals.length === 0 ? '—' : totals.map((m) => formatMoney(m, locale)).join(' · ');
}
