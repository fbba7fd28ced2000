import { describe, expect, it } from 'vitest';
import type { Money } from './money';
import { seededPrng } from './seededPrng';
import { splitAmount, SplitError, validateShares } from './splitAmount';

const rub = (amount: number): Money => ({ amount, currency: 'RUB' });
const amounts = (total: Money, shares: { managerId: string; pct: number }[]) =>
  splitAmount(total, shares).map((p) => p.amount.amount);

describe('validateShares', () => {
  it('accepts whole percentages summing to 100', () => {
    expect(
      validateShares([
        { managerId: 'petya', pct: 60 },
        { managerId: 'masha', pct: 40 },
      ]),
    ).toEqual([]);
  });

  it.each([
    [[], /at least one manager/],
    [
      [
        { managerId: 'a', pct: 60 },
        { managerId: 'b', pct: 30 },
      ],
      /add up to 90/,
    ],
    [
      [
        { managerId: 'a', pct: 50.5 },
        { managerId: 'b', pct: 49.5 },
      ],
      /whole percent/,
    ],
    [
      [
        { managerId: 'a', pct: 110 },
        { managerId: 'b', pct: -10 },
      ],
      /from 0 to 100/,
    ],
    [
      [
        { managerId: 'a', pct: 50 },
        { managerId: 'a', pct: 50 },
      ],
      /more than once/,
    ],
    [[{ managerId: ' ', pct: 100 }], /needs a manager/],
  ])('refuses %j', (shares, message) => {
    expect(validateShares(shares).join('\n')).toMatch(message);
  });
});

describe('splitAmount', () => {
  it('splits 60/40 exactly', () => {
    expect(
      amounts(rub(1000000), [
        { managerId: 'petya', pct: 60 },
        { managerId: 'masha', pct: 40 },
      ]),
    ).toEqual([600000, 400000]);
  });

  it('gives the odd kopeck to the largest remainder', () => {
    // 1001 · 33% = 330.33, 1001 · 67% = 670.67 → 330 + 671
    expect(
      amounts(rub(1001), [
        { managerId: 'a', pct: 33 },
        { managerId: 'b', pct: 67 },
      ]),
    ).toEqual([330, 671]);
  });

  it('breaks ties by managerId, whatever the input order', () => {
    expect(
      amounts(rub(1), [
        { managerId: 'b', pct: 50 },
        { managerId: 'a', pct: 50 },
      ]),
    ).toEqual([0, 1]);
    expect(
      amounts(rub(1), [
        { managerId: 'a', pct: 50 },
        { managerId: 'b', pct: 50 },
      ]),
    ).toEqual([1, 0]);
    expect(
      amounts(rub(2), [
        { managerId: 'c', pct: 34 },
        { managerId: 'b', pct: 33 },
        { managerId: 'a', pct: 33 },
      ]),
    ).toEqual([1, 0, 1]);
  });

  it('handles zero, 1 kopeck, 0% shares and yen', () => {
    expect(
      amounts(rub(0), [
        { managerId: 'a', pct: 50 },
        { managerId: 'b', pct: 50 },
      ]),
    ).toEqual([0, 0]);
    expect(
      amounts(rub(1), [
        { managerId: 'a', pct: 99 },
        { managerId: 'b', pct: 1 },
      ]),
    ).toEqual([1, 0]);
    expect(
      amounts(rub(1), [
        { managerId: 'a', pct: 0 },
        { managerId: 'b', pct: 100 },
      ]),
    ).toEqual([0, 1]);
    expect(
      amounts({ amount: 1001, currency: 'JPY' }, [
        { managerId: 'a', pct: 50 },
        { managerId: 'b', pct: 50 },
      ]),
    ).toEqual([501, 500]);
  });

  it('mirrors refunds', () => {
    expect(
      amounts(rub(-1001), [
        { managerId: 'a', pct: 33 },
        { managerId: 'b', pct: 67 },
      ]),
    ).toEqual([-330, -671]);
  });

  it('keeps the currency on every part', () => {
    expect(splitAmount({ amount: 5, currency: 'USD' }, [{ managerId: 'a', pct: 100 }])[0]?.amount.currency).toBe('USD');
  });

  it('throws with the validation messages', () => {
    expect(() => splitAmount(rub(100), [{ managerId: 'a', pct: 70 }])).toThrow(SplitError);
    expect(() => splitAmount(rub(100), [{ managerId: 'a', pct: 70 }])).toThrow(/add up to 70/);
    expect(() => splitAmount(rub(1.5), [{ managerId: 'a', pct: 100 }])).toThrow(/whole minor units/);
  });

  it('always sums to the total and never strays more than one kopeck from the exact share (seeded)', () => {
    const random = seededPrng(20261124);
    for (let run = 0; run < 2000; run += 1) {
      const parties = random.int(1, 5);
      const cuts = Array.from({ length: parties - 1 }, () => random.int(0, 100)).sort((x, y) => x - y);
      const bounds = [0, ...cuts, 100];
      const shares = Array.from({ length: parties }, (_, i) => ({
        managerId: `m${random.int(0, 999)}-${i}`,
        pct: (bounds[i + 1] ?? 0) - (bounds[i] ?? 0),
      }));
      const total = rub(random.pick([0, 1, 2, 3, 99, 100, 101, random.int(0, 10_000_000_000)]));
      const parts = splitAmount(total, shares);
      expect(parts.reduce((acc, p) => acc + p.amount.amount, 0)).toBe(total.amount);
      parts.forEach((p, i) => {
        const exact = (total.amount * (shares[i]?.pct ?? 0)) / 100;
        expect(Math.abs(p.amount.amount - exact)).toBeLessThan(1);
      });
    }
  });
});
