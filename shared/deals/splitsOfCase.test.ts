import { describe, expect, it } from 'vitest';
import { foldCaseEvents } from '../workflow/foldCaseEvents';
import type { CaseParties } from '../workflow/state';
import { finalResolution, splitsOfCase } from './splitsOfCase';

const party = (managerId: string, officeId: string) => ({
  clientId: `c-${managerId}`,
  clientLabel: 'Ivanov P.',
  managerId,
  managerName: managerId,
  officeId,
  officeName: officeId,
  since: 1,
});
const ruled: CaseParties = {
  id: 'case1',
  owner: party('petya', 'o1'),
  newcomer: party('masha', 'o2'),
  detectedAt: Date.UTC(2026, 0, 1),
  recommendation: { outcome: { type: 'moveToNewcomer' }, explanation: 'Rule 2.' },
};

describe('splitsOfCase', () => {
  it("a case the regulations settled splits by the rule's terms, from the moment it opened, on both clients", () => {
    const state = foldCaseEvents(ruled, []);
    expect(finalResolution(state)?.kind).toBe('rule');
    expect(splitsOfCase(ruled, state)).toEqual([
      {
        id: 'case1:rule|c-petya',
        caseId: 'case1',
        clientId: 'c-petya',
        agreedAt: '2026-01-01T00:00:00.000Z',
        firstOrder: [{ managerId: 'masha', pct: 100 }],
      },
      {
        id: 'case1:rule|c-masha',
        caseId: 'case1',
        clientId: 'c-masha',
        agreedAt: '2026-01-01T00:00:00.000Z',
        firstOrder: [{ managerId: 'masha', pct: 100 }],
      },
    ]);
  });

  it("a lead's decision replaces the rule's split", () => {
    const lead = { userId: 'lead1', role: 'lead' as const, officeId: 'o1' };
    const terms = {
      keeper: 'owner' as const,
      firstOrderSplit: { owner: 50, newcomer: 50 },
      laterOrdersSplit: { owner: 70, newcomer: 30, orders: 2 },
      leadsCompensation: null,
      disputedDeals: [],
      note: '',
    };
    const state = foldCaseEvents(ruled, [
      { id: 'd1', caseId: 'case1', at: Date.UTC(2026, 0, 2), by: lead, type: 'decide', terms },
    ]);
    expect(splitsOfCase(ruled, state)[0]).toEqual({
      id: 'd1|c-petya',
      caseId: 'case1',
      clientId: 'c-petya',
      agreedAt: '2026-01-02T00:00:00.000Z',
      firstOrder: [
        { managerId: 'petya', pct: 50 },
        { managerId: 'masha', pct: 50 },
      ],
      laterOrders: {
        shares: [
          { managerId: 'petya', pct: 70 },
          { managerId: 'masha', pct: 30 },
        ],
        maxOrders: 2,
      },
    });
  });

  it('an open case has no split', () => {
    expect(
      splitsOfCase(
        ruled,
        foldCaseEvents(
          { ...ruled, recommendation: { outcome: { type: 'negotiate', deadlineHours: 48 }, explanation: '' } },
          [],
        ),
      ),
    ).toEqual([]);
  });

  it('carries the disputed deals the final terms name to the splits of both clients', () => {
    const lead = { userId: 'lead1', role: 'lead' as const, officeId: 'o1' };
    const terms = {
      keeper: 'owner' as const,
      firstOrderSplit: { owner: 60, newcomer: 40 },
      laterOrdersSplit: null,
      leadsCompensation: null,
      disputedDeals: ['d-paid'],
      note: '',
    };
    const state = foldCaseEvents(ruled, [
      { id: 'd1', caseId: 'case1', at: Date.UTC(2026, 0, 2), by: lead, type: 'decide', terms },
    ]);
    expect(splitsOfCase(ruled, state).map((s) => [s.clientId, s.disputedDeals])).toEqual([
      ['c-petya', ['d-paid']],
      ['c-masha', ['d-paid']],
    ]);
  });
});
