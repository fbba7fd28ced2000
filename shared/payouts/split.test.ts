import { describe, expect, it } from 'vitest';
import type { Deal } from './deal';
import { sharesByDeal, validateSplit, type Split } from './split';

function deal(id: string, createdAt: string, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    clientId: 'client-1',
    managerId: 'petya',
    officeId: 'office-a',
    title: `Trip ${id}`,
    travel: { start: '2026-06-01', end: '2026-06-08' },
    amount: { amount: 10000000, currency: 'RUB' },
    margin: { amount: 1000000, currency: 'RUB' },
    status: 'paid',
    createdAt,
    paidAt: createdAt,
    ...extra,
  };
}

const split: Split = {
  id: 'split-1',
  caseId: 'case-1',
  clientId: 'client-1',
  agreedAt: '2026-03-01T10:00:00Z',
  firstOrder: [
    { managerId: 'petya', pct: 60 },
    { managerId: 'masha', pct: 40 },
  ],
  laterOrders: {
    shares: [
      { managerId: 'petya', pct: 80 },
      { managerId: 'masha', pct: 20 },
    ],
    maxOrders: 2,
  },
};

const reasons = (map: ReturnType<typeof sharesByDeal>) =>
  Object.fromEntries(
    [...map].map(([id, s]) => [id, `${s.reason}:${s.shares.map((x) => `${x.managerId}${x.pct}`).join('/')}`]),
  );

describe('validateSplit', () => {
  it('accepts the 60/40 + 3 leads example terms', () => {
    expect(validateSplit(split)).toEqual([]);
  });

  it('names the part that is wrong', () => {
    const bad: Split = {
      ...split,
      firstOrder: [{ managerId: 'petya', pct: 60 }],
      laterOrders: { shares: split.firstOrder },
    };
    const errors = validateSplit(bad);
    expect(errors).toContain('First order: Percentages must add up to 100, they add up to 60');
    expect(errors).toContain('Later orders: give a number of orders or an end date');
    expect(validateSplit({ ...split, agreedAt: 'soon' })).toContain('Agreement date "soon" is not a valid date');
  });
});

describe('sharesByDeal', () => {
  it('applies the first order split to the earliest non-cancelled deal after the agreement, then later orders for N orders', () => {
    const deals = [
      deal('before', '2026-02-01T00:00:00Z'),
      deal('cancelled', '2026-03-02T00:00:00Z', { status: 'cancelled' }),
      deal('first', '2026-03-03T00:00:00Z'),
      deal('second', '2026-03-04T00:00:00Z'),
      deal('third', '2026-03-05T00:00:00Z'),
      deal('fourth', '2026-03-06T00:00:00Z'),
      deal('other-client', '2026-03-03T00:00:00Z', { clientId: 'client-2' }),
    ];
    expect(reasons(sharesByDeal(deals, [split]))).toEqual({
      before: 'no-split:petya100',
      cancelled: 'outside-terms:petya100',
      first: 'first-order:petya60/masha40',
      second: 'later-order:petya80/masha20',
      third: 'later-order:petya80/masha20',
      fourth: 'outside-terms:petya100',
      'other-client': 'no-split:petya100',
    });
  });

  it('ends later orders at the date when one is given', () => {
    const dated: Split = { ...split, laterOrders: { shares: split.firstOrder, until: '2026-04-01T00:00:00Z' } };
    const map = sharesByDeal(
      [deal('a', '2026-03-10T00:00:00Z'), deal('b', '2026-04-01T00:00:00Z'), deal('c', '2026-04-02T00:00:00Z')],
      [dated],
    );
    expect([...map.values()].map((s) => s.reason)).toEqual(['first-order', 'later-order', 'outside-terms']);
  });

  it('gives later orders to the manager alone when the terms cover only the first order', () => {
    const firstOnly: Split = { ...split, laterOrders: undefined };
    const map = sharesByDeal(
      [deal('a', '2026-03-10T00:00:00Z'), deal('b', '2026-03-11T00:00:00Z', { managerId: 'masha' })],
      [firstOnly],
    );
    expect(reasons(map)).toEqual({ a: 'first-order:petya60/masha40', b: 'outside-terms:masha100' });
  });

  it('lets a newer agreement on the same client replace the older one', () => {
    const newer: Split = {
      ...split,
      id: 'split-2',
      agreedAt: '2026-05-01T00:00:00Z',
      firstOrder: [{ managerId: 'masha', pct: 100 }],
      laterOrders: undefined,
    };
    const map = sharesByDeal(
      [deal('a', '2026-03-10T00:00:00Z'), deal('b', '2026-05-02T00:00:00Z'), deal('c', '2026-05-03T00:00:00Z')],
      [newer, split],
    );
    expect(Object.fromEntries([...map].map(([id, s]) => [id, s.splitId]))).toEqual({
      a: 'split-1',
      b: 'split-2',
      c: null,
    });
  });

  it('orders deals created at the same instant by id, so every device agrees', () => {
    const same = '2026-03-10T00:00:00Z';
    const map = sharesByDeal([deal('z', same), deal('a', same)], [split]);
    expect(map.get('a')?.reason).toBe('first-order');
    expect(map.get('z')?.reason).toBe('later-order');
  });

  it('shares a deal created before the agreement when the terms name it as the disputed one', () => {
    const named: Split = { ...split, disputedDeals: ['paid-before'] };
    const map = sharesByDeal(
      [
        deal('paid-before', '2026-02-10T00:00:00Z'),
        deal('other-before', '2026-02-11T00:00:00Z'),
        deal('next', '2026-03-05T00:00:00Z'),
      ],
      [named],
    );
    expect(reasons(map)).toEqual({
      'paid-before': 'disputed-deal:petya60/masha40',
      'other-before': 'no-split:petya100',
      // The disputed deal was the first order: the next one is a later order.
      next: 'later-order:petya80/masha20',
    });
  });

  it('names no deal of another client, and a cancelled disputed deal is not shared', () => {
    const named: Split = { ...split, disputedDeals: ['elsewhere', 'cancelled'] };
    const map = sharesByDeal(
      [
        deal('elsewhere', '2026-02-10T00:00:00Z', { clientId: 'client-2' }),
        deal('cancelled', '2026-02-10T00:00:00Z', { status: 'cancelled' }),
        deal('next', '2026-03-05T00:00:00Z'),
      ],
      [named],
    );
    expect(reasons(map)).toEqual({
      elsewhere: 'no-split:petya100',
      cancelled: 'outside-terms:petya100',
      next: 'first-order:petya60/masha40',
    });
  });
});
