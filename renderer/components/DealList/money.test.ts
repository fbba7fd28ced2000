import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../shared/payouts';
import { amountInputText, formatMoney } from './money';
import { formatTravel } from './travelDates';

/** Intl puts no-break and thin spaces where people see spaces. */
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f\u2009]/gu, ' ');

describe('money on screen', () => {
  it('shows minor units exactly, in the UI language', () => {
    expect(nbsp(formatMoney(12_000_050, 'RUB', 'ru'))).toBe('120 000,50 ₽');
    expect(formatMoney(123_450, 'USD', 'en')).toBe('$1,234.50');
    expect(formatMoney(120_000, 'JPY', 'en')).toBe('¥120,000');
    expect(formatMoney(-5, 'EUR', 'en')).toBe('-€0.05');
    expect(formatMoney(0, 'EUR', 'en')).toBe('€0.00');
  });

  it('keeps every digit of amounts too large for a float’s fraction', () => {
    expect(nbsp(formatMoney(99_999_999_999_999, 'RUB', 'en'))).toBe('RUB 999,999,999,999.99');
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

describe('travel dates', () => {
  const words = { from: (d: string) => `from ${d}`, until: (d: string) => `until ${d}` };
  it('reads calendar dates as local days', () => {
    expect(nbsp(formatTravel('2025-10-12', '2025-10-19', 'en', words))).toBe('Oct 12 – 19, 2025');
    expect(formatTravel('2025-10-12', '', 'en', words)).toBe('from Oct 12, 2025');
    expect(formatTravel('', '2025-10-19', 'en', words)).toBe('until Oct 19, 2025');
    expect(formatTravel('', '', 'en', words)).toBeNull();
    expect(formatTravel('2025-02-30', 'junk', 'en', words)).toBeNull();
  });
});
