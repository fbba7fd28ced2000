import { describe, expect, it } from 'vitest';
import { HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { leadsOwed } from './leadsOwed';

const proposal = step('p1', 'masha', T0, { type: 'propose', terms: sixtyForty });
const accept = step('a1', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p1' });
const handover = (id: string, who: 'petya' | 'masha', at: number) =>
  step(id, who, at, { type: 'leadHandover', reason: 'Sidorov family' });

describe('leads owed by the final terms', () => {
  it('counts the handovers the workflow accepted from the debtor', () => {
    const view = viewOf([
      proposal,
      accept,
      handover('h1', 'petya', T0 + 2 * HOUR),
      handover('h2', 'masha', T0 + 3 * HOUR),
    ]);
    expect(leadsOwed(view)).toEqual({ debtor: 'owner', creditor: 'newcomer', owed: 3, handedOver: 1, left: 2 });
  });

  it('owes nothing before the end, or when the terms owe no leads', () => {
    expect(leadsOwed(viewOf([proposal]))).toBeNull();
    const noLeads = step('p2', 'masha', T0, {
      type: 'propose',
      terms: { ...sixtyForty, leadsCompensation: undefined },
    });
    expect(
      leadsOwed(viewOf([noLeads, step('a2', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p2' })])),
    ).toBeNull();
  });
});
