import { describe, expect, it } from 'vitest';
import { HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { leadsOwed } from './leadsOwed';
import { visibleActions } from './visibleActions';

const proposal = step('p1', 'masha', T0, { type: 'propose', terms: sixtyForty });
const accept = step('a1', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p1' });

describe('actions shown', () => {
  it('shows the negotiation to a party and the decision to a lead, while the case is open', () => {
    expect(visibleActions(viewOf([proposal]), 'manager', null)).toEqual(['propose', 'counter', 'accept', 'escalate']);
    expect(visibleActions(viewOf([proposal], { mySide: null }), 'lead', null)).toEqual(['decide']);
  });

  it('after the end, shows only the debtor’s lead handover', () => {
    const view = viewOf([proposal, accept], {
      allowed: { ...viewOf([]).allowed, leadHandover: { ok: false, reason: 'x' } },
    });
    const owed = leadsOwed(view);
    expect(visibleActions(view, 'manager', owed)).toEqual(['leadHandover']);
    expect(visibleActions({ ...view, mySide: 'newcomer' }, 'manager', owed)).toEqual([]);
  });
});
