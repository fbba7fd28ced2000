import type { DealEdition } from '../../db';
import { DEAL_STATUSES, isCurrency, parseAmount, type CurrencyCode } from '../../payouts';
import { fail, ok, type FieldError, type Result } from '../result';
import type { DealInput } from '../resolution/types';

export const DEAL_TITLE_MAX = 200;
/** The schema's bound on an amount in minor units. */
const AMOUNT_MAX_MINOR = 1e14;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export type DealFields = Omit<DealEdition, 'dealId' | 'managerId' | 'managerName'>;

/** Reads the deal form: every mistake is named at its field, and money is parsed as digits, never as a float. */
export function validateDealInput(input: DealInput): Result<DealFields> {
  const errors: FieldError[] = [];
  const i = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof DealInput, unknown>>;

  const title = typeof i.title === 'string' ? i.title.trim() : '';
  if (!title) errors.push({ field: 'title', code: 'required', message: 'Say what the deal is, e.g. the destination.' });
  else if (title.length > DEAL_TITLE_MAX)
    errors.push({ field: 'title', code: 'tooLong', message: `A title can be at most ${DEAL_TITLE_MAX} characters.` });

  const currency = typeof i.currency === 'string' ? i.currency.trim().toUpperCase() : '';
  if (!isCurrency(currency))
    errors.push({
      field: 'currency',
      code: 'invalid',
      message: 'Choose the currency: RUB, USD, EUR or JPY.',
      value: String(i.currency ?? ''),
    });
  const amount = isCurrency(currency) ? money(i.amount, currency, 'amount', 'the amount', errors) : null;
  const margin = isCurrency(currency) ? money(i.margin, currency, 'margin', 'the margin', errors) : null;
  if (amount !== null && margin !== null && margin > amount)
    errors.push({
      field: 'margin',
      code: 'aboveAmount',
      message: 'The margin cannot be more than the amount of the deal.',
    });

  const travelStart = date(i.travelStart, 'travelStart', errors);
  const travelEnd = date(i.travelEnd, 'travelEnd', errors);
  if (travelStart && travelEnd && travelEnd < travelStart)
    errors.push({ field: 'travelEnd', code: 'beforeStart', message: 'The trip cannot end before it starts.' });

  const status = i.status;
  if (!(DEAL_STATUSES as readonly unknown[]).includes(status))
    errors.push({
      field: 'status',
      code: 'invalid',
      message: `Choose the status: ${DEAL_STATUSES.join(', ')}.`,
      value: String(status ?? ''),
    });

  if (errors.length || amount === null || margin === null || travelStart === null || travelEnd === null)
    return fail(...errors);
  return ok({
    title,
    travelStart,
    travelEnd,
    currency: currency as CurrencyCode,
    amountMinor: amount,
    marginMinor: margin,
    status: status as DealEdition['status'],
  });
}

function money(
  value: unknown,
  currency: CurrencyCode,
  field: 'amount' | 'margin',
  what: string,
  errors: FieldError[],
): number | null {
  const parsed = parseAmount(
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '',
    currency,
  );
  if (!parsed.ok) {
    errors.push({ field, code: 'invalid', message: parsed.error, value: String(value ?? '') });
    return null;
  }
  if (parsed.value.amount < 0)
    errors.push({
      field,
      code: 'negative',
      message: `Enter ${what} as a positive number; a refund is a cancelled deal.`,
    });
  else if (parsed.value.amount > AMOUNT_MAX_MINOR)
    errors.push({ field, code: 'tooLarge', message: 'The amount is too large.' });
  else return parsed.value.amount;
  return null;
}

/** '' (not known yet) or a real calendar date, YYYY-MM-DD. */
function date(value: unknown, field: 'travelStart' | 'travelEnd', errors: FieldError[]): string | null {
  const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : null;
  if (text === '') return '';
  const m = text === null ? null : DATE.exec(text);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = m !== null && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && y >= 1900;
  if (!real) {
    errors.push({
      field,
      code: 'invalid',
      message: 'Enter the date as YYYY-MM-DD, or leave it empty.',
      value: String(value),
    });
    return null;
  }
  return text;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
