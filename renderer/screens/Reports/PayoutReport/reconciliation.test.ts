import { describe, expect, it } from 'vitest';
import { payoutReport } from '../../../../shared/payouts';
import { reconcile } from './reconciliation';
import { november, paidDeal, sixtyFortySplit } from '../../../../test/support/reportForTests';

const deal = (id: string, margin: number, currency: 'RUB' | 'EUR' = 'RUB') =>
  paidDeal(id, margin * 10, margin, currency);

describe('reconcile', () => {
  it('a real report reconciles exactly, odd kopecks and all', () => {
    const report = payoutReport({
      deals: [deal('d1', 100001), deal('d2', 33333, 'EUR')],
      splits: [sixtyFortySplit],
      period: november,
      by: 'manager',
    });
    const r = reconcile(report);
    expect(r.exact).toBe(true);
    expect(r.shared).toBe(false);
    expect(r.currencies.map((c) => [c.currency, c.owed.amount, c.margins.amount])).toEqual([
      ['EUR', 33333, 33333],
      ['RUB', 100001, 100001],
    ]);
  });

  it('shows a difference of one kopeck', () => {
    const r = reconcile({
      overall: [{ amount: 100000, currency: 'RUB' }],
      marginTotals: [{ amount: 100001, currency: 'RUB' }],
    });
    expect(r.exact).toBe(false);
  });

  it('a currency on one side only is a mismatch, not ignored', () => {
    const r = reconcile({
      overall: [{ amount: 500, currency: 'RUB' }],
      marginTotals: [
        { amount: 500, currency: 'RUB' },
        { amount: 7, currency: 'USD' },
      ],
    });
    expect(r.exact).toBe(false);
    expect(r.currencies[1]).toEqual({
      currency: 'USD',
      owed: { amount: 0, currency: 'USD' },
      others: { amount: 0, currency: 'USD' },
      margins: { amount: 7, currency: 'USD' },
    });
  });

  it('an empty period reconciles trivially', () => {
    expect(reconcile({ overall: [], marginTotals: [] })).toEqual({ exact: true, shared: false, currencies: [] });
  });

  it('a correct 60/40 split with another office reconciles with the other office’s share', () => {
    const r = reconcile({
      overall: [{ amount: 7200, currency: 'RUB' }],
      otherScopeTotals: [{ amount: 4800, currency: 'RUB' }],
      marginTotals: [{ amount: 12000, currency: 'RUB' }],
    });
    expect(r).toMatchObject({ exact: true, shared: true });
  });

  it('still alarms when own and other shares together miss the margins', () => {
    const r = reconcile({
      overall: [{ amount: 7200, currency: 'RUB' }],
      otherScopeTotals: [{ amount: 4799, currency: 'RUB' }],
      marginTotals: [{ amount: 12000, currency: 'RUB' }],
    });
    expect(r.exact).toBe(false);
  });
});
