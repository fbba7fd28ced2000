// Reading an amount a person typed: "12 345,67", "12345.67", "12 345 ₽", "$1,234.50".
// Parsed as digit strings, never through parseFloat, so "0.29" is 29 kopecks and not 28.999….
import { minorDigits, type CurrencyCode, type Money } from './money';

export type ParseAmountResult = { ok: true; value: Money } | { ok: false; error: string };

/** Currency signs and codes people type next to the number; stripped, they carry no information we need. */
const CURRENCY_MARKS = /[₽$€¥]|руб\.?|р\.|\b(?:RUB|USD|EUR|JPY)\b/giu;
/** Spaces used as thousands separators, including the no-break and thin spaces spreadsheets paste. */
const SPACES = /[\s\u00a0\u202f\u2009']/gu;

const fail = (error: string): ParseAmountResult => ({ ok: false, error });

export function parseAmount(input: string, currency: CurrencyCode): ParseAmountResult {
  let text = input.replace(CURRENCY_MARKS, '').replace(SPACES, '');
  if (text === '') return fail('Enter an amount');
  let negative = false;
  if (text.startsWith('-') || text.startsWith('−')) {
    negative = true;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/u.test(text))
    return fail(`"${input.trim()}" is not an amount: use digits with an optional decimal part, e.g. 12 345,67`);

  const split = splitDecimal(text);
  if (!split.ok) return fail(split.error);
  const { whole, fraction } = split;
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return fail(
      digits === 0
        ? `${currency} has no minor units: enter a whole amount`
        : `${currency} allows at most ${digits} digits after the decimal separator`,
    );
  }
  const minor = Number((whole === '' ? '0' : whole) + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('The amount is too large');
  // Avoid -0: it would print as "-0.00" in reports.
  return { ok: true, value: { amount: negative && minor !== 0 ? -minor : minor, currency } };
}

type Split = { ok: true; whole: string; fraction: string } | { ok: false; error: string };

/**
 * Decides which of "." and "," is the decimal separator. When both appear the last one is
 * decimal. A mark that repeats ("1,234,567") can only be grouping. A single mark followed by
 * exactly three digits ("12.345", "1,234") is grouping too: no currency we support has three
 * minor digits, so reading it as a decimal could only ever produce an error. "0,123" stays
 * a decimal (and so an error): nobody groups a leading zero.
 */
function splitDecimal(text: string): Split {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) return { ok: true, whole: text, fraction: '' };

  const decimalIndex = Math.max(lastDot, lastComma);
  const decimalChar = text[decimalIndex];
  const groupChar = decimalChar === '.' ? ',' : '.';
  const occurrences = text.split(decimalChar ?? '').length - 1;

  // The same mark more than once ("1,234,567") can only be grouping.
  if (occurrences > 1) {
    if (text.includes(groupChar)) return { ok: false, error: 'The amount has more than one decimal separator' };
    return groupedWhole(text, decimalChar ?? '');
  }
  const whole = text.slice(0, decimalIndex);
  const fraction = text.slice(decimalIndex + 1);
  if (!text.includes(groupChar) && /^\d{3}$/u.test(fraction) && /^[1-9]\d{0,2}$/u.test(whole)) {
    return { ok: true, whole: whole + fraction, fraction: '' };
  }
  if (fraction === '') return { ok: false, error: 'Digits are missing after the decimal separator' };
  const grouped = groupedWhole(whole, groupChar);
  if (!grouped.ok) return grouped;
  return { ok: true, whole: grouped.whole, fraction };
}

/** Validates thousands grouping (groups of three after the first) and removes the marks. */
function groupedWhole(text: string, groupChar: string): Split {
  if (!text.includes(groupChar)) return { ok: true, whole: text, fraction: '' };
  const groups = text.split(groupChar);
  const wellFormed = groups.every((group, index) => (index === 0 ? /^\d{1,3}$/u.test(group) : /^\d{3}$/u.test(group)));
  if (!wellFormed) return { ok: false, error: `Misplaced "${groupChar}": thousands are grouped by three digits` };
  return { ok: true, whole: groups.join(''), fraction: '' };
}
