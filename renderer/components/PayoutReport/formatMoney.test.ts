import { describe, expect, it } from 'vitest';
import { formatMoney, formatTotals } from './formatMoney';

// Intl puts narrow no-break spaces in Russian numbers; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe('formatMoney', () => {
  it('shows kopecks and cents with the currency', () => {
    expect(plain(formatMoney({ amount: 123456, currency: 'RUB' }, 'en'))).toBe('RUB 1,234.56');
    expect(plain(formatMoney({ amount: 123456, currency: 'RUB' }, 'ru'))).toBe('1 234,56 ₽');
    expect(plain(formatMoney({ amount: 5, currency: 'USD' }, 'en'))).toBe('$0.05');
  });

  it('shows a currency without minor units whole', () => {
    expect(plain(formatMoney({ amount: 1500, currency: 'JPY' }, 'en'))).toBe('¥1,500');
  });

  it('keeps every kopeck of a large amount and of a refund', () => {
    expect(plain(formatMoney({ amount: 123456789012345, currency: 'RUB' }, 'en'))).toBe('RUB 1,234,567,890,123.45');
    expect(plain(formatMoney({ amount: -1, currency: 'EUR' }, 'en'))).toBe('-€0.01');
  });

  it('lists totals per currency, never adding them', () => {
    expect(
      plain(
        formatTotals(
          [
            { amount: 100, currency: 'EUR' },
            { amount: 250, currency: 'RUB' },
          ],
          'en',
        ),
      ),
    ).toBe('€1.00 · RUB 2.50');
    expect(plain(formatTotals([], 'en'))).toBe('—');
  });
});
