import { describe, expect, it } from 'vitest';
import { formatDecimal, isCurrency, minorDigits, money, MoneyError, sumMoney } from './money';

describe('money', () => {
  it('knows minor digits of the supported currencies', () => {
    expect([minorDigits('RUB'), minorDigits('USD'), minorDigits('EUR'), minorDigits('JPY')]).toEqual([2, 2, 2, 0]);
    expect(isCurrency('GBP')).toBe(false);
  });

  it('refuses fractions of a minor unit and unknown currencies', () => {
    expect(() => money(12.5, 'RUB')).toThrow(MoneyError);
    expect(() => money(1, 'XXX')).toThrow(/Unknown currency "XXX"/);
    expect(money(1250, 'RUB')).toEqual({ amount: 1250, currency: 'RUB' });
  });

  it('formats minor units as a plain decimal string', () => {
    expect(formatDecimal({ amount: 123456, currency: 'RUB' })).toBe('1234.56');
    expect(formatDecimal({ amount: 1, currency: 'RUB' })).toBe('0.01');
    expect(formatDecimal({ amount: 0, currency: 'USD' })).toBe('0.00');
    expect(formatDecimal({ amount: -5, currency: 'EUR' })).toBe('-0.05');
    expect(formatDecimal({ amount: 1234, currency: 'JPY' })).toBe('1234');
  });

  it('sums one currency and refuses to mix', () => {
    expect(
      sumMoney(
        [
          { amount: 1, currency: 'RUB' },
          { amount: 2, currency: 'RUB' },
        ],
        'RUB',
      ),
    ).toEqual({ amount: 3, currency: 'RUB' });
    expect(() => sumMoney([{ amount: 1, currency: 'USD' }], 'RUB')).toThrow(/Cannot add USD to RUB/);
  });
});
