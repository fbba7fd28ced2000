import { describe, expect, it } from 'vitest';
import { payoutReport, type Deal, type Split } from '../../../shared/payouts';
import { reconcile } from './reconciliation';

const deal = (id: string, margin: number, currency: 'RUB' | 'EUR' = 'RUB'): Deal => ({
  id,
  clientId: 'client-1',
  managerId: 'petya',
  officeId: 'o1',
  title: `Antalya ${id}`,
  travel: { start: '2026-12-01', end: '2026-12-08' },
  amount: { amount: margin * 10, currency },
  margin: { amount: margin, currency },
  status: 'paid',
  createdAt: '2026-11-02T10:00:00.000Z',
  paidAt: '2026-11-05T10:00:00.000Z',
});

describe('reconcile', () => {
  it('a real report reconciles exactly, odd kopecks and all', () => {
    const split: Split = { id: 's1', caseId: 'c1', clientId: 'client-1', agreedAt: '2026-11-01T00:00:00.000Z', firstOrder: [{ managerId: 'petya', pct: 60 }, { managerId: 'masha', pct: 40 }] };
    const report = payoutReport({ deals: [deal('d1', 100001), deal('d2', 33333, 'EUR')], splits: [split], period: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, by: 'manager' });
    const r = reconcile(report);
    expect(r.exact).toBe(true);
    expect(r.currencies.map((c) => [c.currency, c.owed.amount, c.margins.amount])).toEqual([
      ['EUR', 33333, 33333],
      ['RUB', 100001, 100001],
    ]);
  });

  it('shows a difference of one kopeck', () => {
    const r = reconcile({ overall: [{ amount: 100000, currency: 'RUB' }], marginTotals: [{ amount: 100001, currency: 'RUB' }] });
    expect(r.exact).toBe(false);
  });

  it('a currency on one side only is a mismatch, not ignored', () => {
    const r = reconcile({ overall: [{ amount: 500, currency: 'RUB' }], marginTotals: [{ amount: 500, currency: 'RUB' }, { amount: 7, currency: 'USD' }] });
    expect(r.exact).toBe(false);
    expect(r.currencies[1]).toEqual({ currency: 'USD', owed: { amount: 0, currency: 'USD' }, margins: { amount: 7, currency: 'USD' } });
  });

  it('an empty period reconciles trivially', () => {
    expect(reconcile({ overall: [], marginTotals: [] })).toEqual({ exact: true, currencies: [] });
  });
});
