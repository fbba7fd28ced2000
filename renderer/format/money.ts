// Money as people read and type it, from integer minor units: "120 000,50 ₽", "$1,234.50".
// The digits come from the integer itself, never from a float, so no kopeck is ever lost.
import { isCurrency, minorDigits, type Money } from '../../shared/payouts';

/** "120 000,50 ₽" in Russian, "RUB 120,000.50" in English. An unknown currency code is shown after the number. */
export function formatMoney(minor: number, currency: string, language: string): string {
  if (!isCurrency(currency)) return `${formatMinor(minor, 2, language)} ${currency}`;
  return formatMinor(minor, minorDigits(currency), language, currency);
}

/** Several currencies are never added together: each total is shown on its own, joined. */
export function formatTotals(totals: readonly Money[], language: string): string {
  return totals.length === 0 ? '—' : totals.map((m) => formatMoney(m.amount, m.currency, language)).join(' · ');
}

/** The same amount as an input value the deal form can read back exactly ("120 000,50"). */
export function amountInputText(minor: number, currency: string, language: string): string {
  return formatMinor(minor, isCurrency(currency) ? minorDigits(currency) : 2, language);
}

function formatMinor(minor: number, digits: number, language: string, currency?: string): string {
  const negative = minor < 0;
  const abs = BigInt(Math.abs(Math.trunc(minor)));
  const scale = 10n ** BigInt(digits);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(digits, '0');
  const format = new Intl.NumberFormat(language, {
    ...(currency ? { style: 'currency', currency } : {}),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Format a stand-in with the right sign (−0 would lose it), then put the real digits in.
  const parts = format.formatToParts(negative ? -(whole === 0n ? 1n : whole) : whole);
  let integerWritten = false;
  return parts
    .map((part) => {
      if (part.type === 'fraction') return fraction;
      if (part.type === 'integer' && whole === 0n) {
        if (integerWritten) return '';
        integerWritten = true;
        return '0';
      }
      return part.value;
    })
    .join('');
}
