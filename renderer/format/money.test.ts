import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../shared/payouts';
import { amountInputText, formatMoney, formatTotals } from './money';

/** Intl puts no-break and thin spaces where people see spaces. */
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f\u2009]/gu, ' ');

describe('money on screen', () => {
  it('shows minor units exactly, in the UI language', () => {
    expect(nbsp(formatMoney(12_000_050, 'RUB', 'ru'))).toBe('120 000,50 ₽');
    expect(formatMoney(123_450, 'USD', 'en')).toBe('$1,234.50');
    expect(formatMoney(120_000, 'JPY', 'en')).toBe('¥120,000');
    expect(formatMoney(-5, 'EUR', 'en')).toBe('-€0.05');
    expect(formatMoney(0, 'EUR', 'en')).toBe('€0.00');
    expect(nbsp(formatMoney(123456, 'RUB', 'en'))).toBe('RUB 1,234.56');
    expect(formatMoney(5, 'USD', 'en')).toBe('$0.05');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(-1, 'EUR', 'en')).toBe('-€0.01');
  });

  it('keeps every digit of amounts too large for a float’s fraction', () => {
    expect(nbsp(formatMoney(99_999_999_999_999, 'RUB', 'en'))).toBe('RUB 999,999,999,999.99');
    expect(nbsp(formatMoney(123456789012345, 'RUB', 'en'))).toBe('RUB 1,234,567,890,123.45');
    expect(formatMoney(7, 'XYZ', 'en')).toBe('0.07 XYZ');
  });

  it('writes amounts the deal form reads back to the same minor units', () => {
    for (const [minor, language] of [
      [12_000_050, 'ru'],
      [12_000_050, 'en'],
      [29, 'ru'],
      [100_000_000_000_001, 'en'],
    ] as const) {
      const text = amountInputText(minor, 'RUB', language);
      expect(parseAmount(text, 'RUB')).toEqual({ ok: true, value: { amount: minor, currency: 'RUB' } });
    }
  });
});

describe('totals', () => {
  it('lists totals per currency, never adding them', () => {
    expect(
      nbsp(
        formatTotals(
          [
            { amount: 100, currency: 'EUR' },
            { amount: 250, currency: 'RUB' },
          ],
          'en',
        ),
      ),
    ).toBe('€1.00 · RUB 2.50');
    expect(formatTotals([], 'en')).toBe('—');
  });
});
