import { describe, expect, it } from 'vitest';
import { payoutReport, type Deal, type Split } from '../../../shared/payouts';
import type { SessionUser } from '../../../shared/sync';
import { payoutLineVisible, scopePayoutReport } from './payoutScope';

const deal = (
  id: string,
  managerId: string,
  officeId: string,
  margin: number,
  createdAt = '2025-01-10T00:00:00Z',
): Deal => ({
  id,
  clientId: `client-${id}`,
  managerId,
  officeId,
  title: id,
  travel: { start: '', end: '' },
  amount: { amount: margin * 10, currency: 'RUB' },
  margin: { amount: margin, currency: 'RUB' },
  status: 'paid',
  createdAt,
  paidAt: '2025-01-15T00:00:00Z',
});
const split: Split = {
  id: 's1',
  caseId: 'case1',
  clientId: 'client-shared',
  agreedAt: '2025-01-01T00:00:00Z',
  firstOrder: [
    { managerId: 'petya', pct: 60 },
    { managerId: 'masha', pct: 40 },
  ],
};
const report = payoutReport({
  deals: [
    { ...deal('shared', 'petya', 'o1', 1001), clientId: 'client-shared' },
    deal('own', 'masha', 'o2', 500),
    deal('far', 'kolya', 'o3', 7),
  ],
  splits: [split],
  period: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
  by: 'manager',
  managerOffices: { petya: 'o1', masha: 'o2', kolya: 'o3' },
});
const user = (id: string, role: SessionUser['role'], officeId: string | null): SessionUser => ({
  id,
  name: id,
  role,
  officeId,
});

describe('scopePayoutReport', () => {
  it('leaves an admin the whole report', () => {
    expect(scopePayoutReport(report, payoutLineVisible(user('root', 'admin', null)))).toBe(report);
  });

  it('gives a manager their own lines, with totals of what they see and the margins of those deals', () => {
    const mine = scopePayoutReport(report, payoutLineVisible(user('masha', 'manager', 'o2')));
    expect(mine.groups.map((g) => [g.key, g.lines.map((l) => [l.dealId, l.owed.amount]), g.totals])).toEqual([
      [
        'masha',
        [
          ['own', 500],
          ['shared', 400],
        ],
        [{ amount: 900, currency: 'RUB' }],
      ],
    ]);
    expect(mine.totalsByManager).toEqual([{ managerId: 'masha', totals: [{ amount: 900, currency: 'RUB' }] }]);
    expect(mine.totalsByOffice).toEqual([{ officeId: 'o2', totals: [{ amount: 900, currency: 'RUB' }] }]);
    expect(mine.overall).toEqual([{ amount: 900, currency: 'RUB' }]);
    expect(mine.marginTotals).toEqual([{ amount: 1501, currency: 'RUB' }]);
    expect(mine.dealCount).toBe(2);
    // The rest of the split deal is named by office, never by manager, and closes the sum.
    expect(mine.otherScopes).toEqual([
      { dealId: 'shared', officeId: 'o1', pct: 60, owed: { amount: 601, currency: 'RUB' } },
    ]);
    expect(mine.otherScopeTotals).toEqual([{ amount: 601, currency: 'RUB' }]);
  });

  it('gives a lead the lines paid through their office', () => {
    const office = scopePayoutReport(report, payoutLineVisible(user('lead1', 'lead', 'o1')));
    expect(office.groups.flatMap((g) => g.lines.map((l) => [l.managerId, l.owed.amount]))).toEqual([['petya', 601]]);
    expect(office.totalsByOffice).toEqual([{ officeId: 'o1', totals: [{ amount: 601, currency: 'RUB' }] }]);
  });

  it('names the other office’s share of a correct 60/40 split, so the lead’s report reconciles', () => {
    const office = scopePayoutReport(report, payoutLineVisible(user('lead1', 'lead', 'o1')));
    expect(office.otherScopes).toEqual([
      { dealId: 'shared', officeId: 'o2', pct: 40, owed: { amount: 400, currency: 'RUB' } },
    ]);
    expect(office.overall[0]!.amount + office.otherScopeTotals[0]!.amount).toBe(office.marginTotals[0]!.amount);
    // Nothing of another office's own deals, nor who its manager is.
    expect(JSON.stringify(office)).not.toContain('masha');
    expect(JSON.stringify(office)).not.toContain('"own"');
    expect(JSON.stringify(office)).not.toContain('kolya');
  });

  it('leaves nothing to someone with no lines', () => {
    const none = scopePayoutReport(report, payoutLineVisible(user('nobody', 'manager', 'o9')));
    expect(none).toMatchObject({
      groups: [],
      totalsByManager: [],
      totalsByOffice: [],
      overall: [],
      marginTotals: [],
      dealCount: 0,
      otherScopes: [],
      otherScopeTotals: [],
    });
  });
});
