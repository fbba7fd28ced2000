import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from './money';
import { parseAmount } from './parseAmount';

const ok = (input: string, currency: CurrencyCode) => {
  const result = parseAmount(input, currency);
  if (!result.ok) throw new Error(result.error);
  return result.value.amount;
};
const error = (input: string, currency: CurrencyCode) => {
  const result = parseAmount(input, currency);
  return result.ok ? null : result.error;
};

describe('parseAmount', () => {
  it.each([
    ['12 345,67', 'RUB', 1234567],
    ['12345.67', 'RUB', 1234567],
    ['12 345 ₽', 'RUB', 1234500],
    ['12\u00a0345,5 руб.', 'RUB', 1234550],
    ['$1,234.50', 'USD', 123450],
    ['1.234,50 €', 'EUR', 123450],
    ['1,234,567', 'USD', 123456700],
    ['12.345', 'RUB', 1234500],
    ['0,29', 'RUB', 29],
    ['0.01', 'USD', 1],
    ['.5', 'USD', 50],
    ['-100,10', 'RUB', -10010],
    ['¥ 12,345', 'JPY', 12345],
    ['500', 'JPY', 500],
  ] as const)('%j in %s → %d minor units', (input, currency, expected) => {
    expect(ok(input, currency)).toBe(expected);
  });

  it('never goes through floats: 0.29 and 1.005-like cases stay exact', () => {
    expect(ok('4.35', 'USD')).toBe(435);
    expect(ok('1.15', 'USD')).toBe(115);
  });

  it.each([
    ['', 'RUB', /Enter an amount/],
    ['  ₽ ', 'RUB', /Enter an amount/],
    ['abc', 'RUB', /not an amount/],
    ['12,345,67', 'RUB', /Misplaced|thousands/],
    ['1,2345', 'RUB', /at most 2 digits/],
    ['12.5', 'JPY', /no minor units/],
    ['12,', 'RUB', /Digits are missing/],
    ['1 2,34.56', 'USD', /Misplaced/],
    ['1e5', 'USD', /not an amount/],
    ['0,123', 'RUB', /at most 2 digits/],
  ] as const)('%j in %s is an error', (input, currency, message) => {
    expect(error(input, currency)).toMatch(message);
  });

  it('does not produce negative zero', () => {
    expect(Object.is(ok('-0,00', 'RUB'), 0)).toBe(true);
  });
});
