import { describe, expect, it } from 'vitest';
import type { Deal } from './deal';
import type { CurrencyCode, Money } from './money';
import { payoutReport, type PayoutReport } from './payoutReport';
import { seededPrng } from './seededPrng';
import type { Split } from './split';
import type { Share } from './splitAmount';

const rub = (amount: number): Money => ({ amount, currency: 'RUB' });

function deal(id: string, at: string, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    clientId: 'client-1',
    managerId: 'petya',
    officeId: 'office-a',
    title: `Trip ${id}`,
    travel: { start: '2026-06-01', end: '2026-06-08' },
    amount: rub(15000000),
    margin: rub(1500000),
    status: 'paid',
    createdAt: at,
    paidAt: at,
    ...extra,
  };
}

const sixtyForty: Split = {
  id: 'split-1',
  caseId: 'case-1',
  clientId: 'client-1',
  agreedAt: '2026-03-01T00:00:00Z',
  firstOrder: [
    { managerId: 'petya', pct: 60 },
    { managerId: 'masha', pct: 40 },
  ],
};
const march = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const managerOffices = { petya: 'office-a', masha: 'office-b', vera: 'office-a' };

/** The invariant the whole feature exists for: owed amounts add up to the margins, per currency. */
function expectReconciles(report: PayoutReport) {
  expect(report.overall).toEqual(report.marginTotals);
  const sumOf = (groups: { totals: Money[] }[], currency: CurrencyCode) =>
    groups
      .flatMap((g) => g.totals)
      .filter((m) => m.currency === currency)
      .reduce((acc, m) => acc + m.amount, 0);
  for (const total of report.marginTotals) {
    expect(sumOf(report.totalsByManager, total.currency)).toBe(total.amount);
    expect(sumOf(report.totalsByOffice, total.currency)).toBe(total.amount);
    expect(sumOf(report.groups, total.currency)).toBe(total.amount);
    const lines = report.groups.flatMap((g) => g.lines).filter((l) => l.owed.currency === total.currency);
    expect(lines.reduce((acc, l) => acc + l.owed.amount, 0)).toBe(total.amount);
  }
}

describe('payoutReport', () => {
  it('shows the 60/40 first-order split from the product example', () => {
    const report = payoutReport({
      deals: [deal('d1', '2026-03-10T12:00:00Z')],
      splits: [sixtyForty],
      period: march,
      by: 'manager',
      managerOffices,
    });
    expect(
      report.groups.map((g) => [
        g.key,
        g.lines.map((l) => [l.dealId, l.pct, l.owed.amount, l.amountShare.amount, l.officeId]),
      ]),
    ).toEqual([
      ['masha', [['d1', 40, 600000, 6000000, 'office-b']]],
      ['petya', [['d1', 60, 900000, 9000000, 'office-a']]],
    ]);
    expect(report.totalsByOffice).toEqual([
      { officeId: 'office-a', totals: [rub(900000)] },
      { officeId: 'office-b', totals: [rub(600000)] },
    ]);
    expect(report.overall).toEqual([rub(1500000)]);
    expectReconciles(report);
  });

  it('includes only paid deals paid within [from, to)', () => {
    const deals = [
      deal('in', '2026-03-01T00:00:00Z'),
      deal('at-end', '2026-04-01T00:00:00Z'),
      deal('before', '2026-02-28T23:59:59Z'),
      deal('booked', '2026-03-05T00:00:00Z', { status: 'booked', paidAt: undefined }),
      deal('cancelled', '2026-03-06T00:00:00Z', { status: 'cancelled' }),
    ];
    const report = payoutReport({ deals, splits: [], period: march, by: 'manager' });
    expect(report.groups.flatMap((g) => g.lines.map((l) => l.dealId))).toEqual(['in']);
    expect(report.dealCount).toBe(1);
  });

  it('counts the split order over all deals, not only the period', () => {
    // The first order is created in March but paid in April: the March deal after it is a later order, not the first.
    const deals = [
      deal('first', '2026-03-02T00:00:00Z', { paidAt: '2026-04-02T00:00:00Z' }),
      deal('second', '2026-03-03T00:00:00Z'),
    ];
    const report = payoutReport({ deals, splits: [sixtyForty], period: march, by: 'manager' });
    expect(report.groups.map((g) => g.key)).toEqual(['petya']);
    expect(report.groups[0]?.lines[0]).toMatchObject({ dealId: 'second', pct: 100, reason: 'outside-terms' });
  });

  it('groups by office, falling back to the deal office for unknown managers', () => {
    const deals = [
      deal('d1', '2026-03-10T00:00:00Z'),
      deal('d2', '2026-03-11T00:00:00Z', { clientId: 'c2', managerId: 'newbie', officeId: 'office-c' }),
    ];
    const report = payoutReport({ deals, splits: [sixtyForty], period: march, by: 'office', managerOffices });
    expect(report.groups.map((g) => [g.key, g.lines.map((l) => `${l.dealId}:${l.managerId}`)])).toEqual([
      ['office-a', ['d1:petya']],
      ['office-b', ['d1:masha']],
      ['office-c', ['d2:newbie']],
    ]);
    expectReconciles(report);
  });

  it('reports currencies separately and never adds them', () => {
    const deals = [
      deal('r', '2026-03-10T00:00:00Z'),
      deal('u', '2026-03-11T00:00:00Z', {
        clientId: 'c2',
        amount: { amount: 100001, currency: 'USD' },
        margin: { amount: 10001, currency: 'USD' },
      }),
      deal('j', '2026-03-12T00:00:00Z', {
        clientId: 'c3',
        amount: { amount: 300000, currency: 'JPY' },
        margin: { amount: 30001, currency: 'JPY' },
      }),
    ];
    const report = payoutReport({ deals, splits: [], period: march, by: 'manager' });
    expect(report.overall).toEqual([
      { amount: 30001, currency: 'JPY' },
      rub(1500000),
      { amount: 10001, currency: 'USD' },
    ]);
    expect(report.totalsByManager[0]?.totals).toHaveLength(3);
    expectReconciles(report);
  });

  it('refuses a deal whose amount and margin are in different currencies', () => {
    const bad = deal('x', '2026-03-10T00:00:00Z', { margin: { amount: 1, currency: 'USD' } });
    expect(() => payoutReport({ deals: [bad], splits: [], period: march, by: 'manager' })).toThrow(
      /different currencies/,
    );
  });

  it('reconciles exactly over many random deals with awkward splits and 1-kopeck margins (seeded)', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const random = seededPrng(seed);
      const managers = ['petya', 'masha', 'vera', 'oleg', 'ira'];
      const awkward: Share[][] = [
        [
          { managerId: 'petya', pct: 33 },
          { managerId: 'masha', pct: 67 },
        ],
        [
          { managerId: 'vera', pct: 1 },
          { managerId: 'oleg', pct: 99 },
        ],
        [
          { managerId: 'ira', pct: 33 },
          { managerId: 'masha', pct: 33 },
          { managerId: 'petya', pct: 34 },
        ],
        [
          { managerId: 'oleg', pct: 17 },
          { managerId: 'vera', pct: 29 },
          { managerId: 'ira', pct: 41 },
          { managerId: 'petya', pct: 13 },
        ],
        [
          { managerId: 'masha', pct: 50 },
          { managerId: 'vera', pct: 50 },
        ],
      ];
      const clients = Array.from({ length: 40 }, (_, i) => `client-${i}`);
      const day = (d: number) =>
        new Date(Date.UTC(2026, 0, 1) + d * 86_400_000 + random.int(0, 86_399_999)).toISOString();
      const splits: Split[] = clients
        .filter(() => random.next() < 0.7)
        .map((clientId, i) => ({
          id: `split-${i}`,
          caseId: `case-${i}`,
          clientId,
          agreedAt: day(random.int(0, 60)),
          firstOrder: random.pick(awkward),
          laterOrders: random.next() < 0.5 ? { shares: random.pick(awkward), maxOrders: random.int(0, 4) } : undefined,
        }));
      const deals: Deal[] = Array.from({ length: 600 }, (_, i) => {
        const currency = random.pick(['RUB', 'RUB', 'RUB', 'USD', 'EUR', 'JPY'] as const);
        const margin = random.pick([1, 2, 3, 99, 101, random.int(0, 50_000_000)]);
        const created = random.int(0, 120);
        const status = random.pick(['paid', 'paid', 'paid', 'booked', 'cancelled'] as const);
        return {
          id: `deal-${i}`,
          clientId: random.pick(clients),
          managerId: random.pick(managers),
          officeId: random.pick(['office-a', 'office-b']),
          title: `Trip ${i}`,
          travel: { start: '2026-07-01', end: '2026-07-10' },
          amount: { amount: margin * random.int(1, 20), currency },
          margin: { amount: margin, currency },
          status,
          createdAt: day(created),
          paidAt: status === 'paid' ? day(created + random.int(0, 30)) : undefined,
        };
      });
      for (const by of ['manager', 'office'] as const) {
        const report = payoutReport({
          deals,
          splits,
          period: { from: '2026-02-01T00:00:00Z', to: '2026-05-01T00:00:00Z' },
          by,
          managerOffices,
        });
        expect(report.dealCount).toBeGreaterThan(100);
        expectReconciles(report);
        expect(report.groups.flatMap((g) => g.lines).filter((l) => l.splitId !== null).length).toBeGreaterThan(50);
        // Each deal's parts, and its amount shares, add back to that deal exactly.
        const byDeal = new Map<string, { owed: number; amount: number }>();
        for (const line of report.groups.flatMap((g) => g.lines)) {
          const acc = byDeal.get(line.dealId) ?? { owed: 0, amount: 0 };
          byDeal.set(line.dealId, { owed: acc.owed + line.owed.amount, amount: acc.amount + line.amountShare.amount });
        }
        for (const [id, sums] of byDeal) {
          const d = deals.find((x) => x.id === id);
          expect(sums).toEqual({ owed: d?.margin.amount, amount: d?.amount.amount });
        }
      }
    }
  });

  describe('a deal paid before the terms that name it as disputed', () => {
    const paidInFebruary = deal('d-feb', '2026-02-10T00:00:00Z');
    const named: Split = { ...sixtyForty, disputedDeals: ['d-feb'] };
    const february = { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' };
    const input = { deals: [paidInFebruary], splits: [named], by: 'manager' as const, managerOffices };

    it('keeps the report of the month it was paid as it was: 100% to its manager', () => {
      const report = payoutReport({ ...input, period: february });
      expect(report.groups.flatMap((g) => g.lines.map((l) => [l.managerId, l.pct, l.owed.amount, l.reason]))).toEqual([
        ['petya', 100, 1500000, 'no-split'],
      ]);
      expect(report.correctedDealCount).toBe(0);
    });

    it('corrects it in the month of the agreement: minus 40% for one, plus 40% for the other, dated at the agreement', () => {
      const report = payoutReport({ ...input, period: march });
      const lines = report.groups.flatMap((g) => g.lines);
      expect(
        lines.map((l) => [l.managerId, l.correction, l.pct, l.owed.amount, l.amountShare.amount, l.reason]),
      ).toEqual([
        ['masha', { at: sixtyForty.agreedAt, previousPct: 0 }, 40, 600000, 6000000, 'disputed-deal'],
        ['petya', { at: sixtyForty.agreedAt, previousPct: 100 }, 60, -600000, -6000000, 'disputed-deal'],
      ]);
      expect(report.dealCount).toBe(0);
      expect(report.correctedDealCount).toBe(1);
      // Corrections move money between managers and add up to nothing.
      expect(report.overall).toEqual([rub(0)]);
      expect(report.marginTotals).toEqual([]);
    });

    it('splits it at once when it is paid after the agreement, with no correction', () => {
      const openAtAgreement = deal('d-open', '2026-02-10T00:00:00Z', { paidAt: '2026-03-10T00:00:00Z' });
      const report = payoutReport({
        ...input,
        deals: [openAtAgreement],
        splits: [{ ...sixtyForty, disputedDeals: ['d-open'] }],
        period: march,
      });
      const lines = report.groups.flatMap((g) => g.lines);
      expect(lines.map((l) => [l.managerId, l.pct, l.owed.amount, l.correction])).toEqual([
        ['masha', 40, 600000, undefined],
        ['petya', 60, 900000, undefined],
      ]);
      expectReconciles(report);
    });
  });
});
