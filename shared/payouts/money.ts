// Money as integer minor units plus an ISO 4217 code. Amounts are never floats:
// a kopeck lost to 0.1 + 0.2 is exactly the argument this product exists to end.

/** Minor digits per currency we know. Kept small on purpose: an unknown code is an error, not a guess. */
export const MINOR_DIGITS = { RUB: 2, USD: 2, EUR: 2, JPY: 0 } as const;

export type CurrencyCode = keyof typeof MINOR_DIGITS;

export interface Money {
  /** Integer count of minor units (kopecks, cents; yen for JPY). May be negative (refunds). */
  amount: number;
  currency: CurrencyCode;
}

export class MoneyError extends Error {
  override name = 'MoneyError';
}

export function isCurrency(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(MINOR_DIGITS, code);
}

export function minorDigits(currency: CurrencyCode): number {
  return MINOR_DIGITS[currency];
}

/** Builds Money, refusing non-integers and unsafe integers so bad data fails at the edge, not in a total. */
export function money(amount: number, currency: string): Money {
  if (!isCurrency(currency))
    throw new MoneyError(`Unknown currency "${currency}": expected one of ${Object.keys(MINOR_DIGITS).join(', ')}`);
  if (!Number.isSafeInteger(amount))
    throw new MoneyError(`Amount must be a whole number of minor units, got ${amount}`);
  return { amount, currency };
}

/** Sums amounts of one currency; mixing currencies is a programming error, so it throws. */
export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  let total = 0;
  for (const item of items) {
    if (item.currency !== currency) throw new MoneyError(`Cannot add ${item.currency} to ${currency}`);
    total += item.amount;
  }
  if (!Number.isSafeInteger(total)) throw new MoneyError(`Total overflows safe integers in ${currency}`);
  return { amount: total, currency };
}

/** "1234.56" style decimal string (dot, no grouping): what spreadsheets and accountants import reliably. */
export function formatDecimal(value: Money): string {
  const digits = minorDigits(value.currency);
  const sign = value.amount < 0 ? '-' : '';
  const abs = String(Math.abs(value.amount));
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
