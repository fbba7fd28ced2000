import { describe, expect, it } from 'vitest';
import { HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { leadsOwed } from './leadsOwed';
import { actionLayout, visibleActions } from './visibleActions';

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

  it('after an escalation, says once why nothing can be done instead of greying four buttons with one reason', () => {
    const refused = { ok: false as const, reason: 'escalated' };
    const allowed = {
      ...viewOf([]).allowed,
      propose: refused,
      counter: refused,
      accept: refused,
      escalate: { ok: false as const, reason: 'alreadyEscalated' },
    };
    expect(actionLayout(['propose', 'counter', 'accept', 'escalate'], allowed)).toEqual({
      buttons: [],
      waiting: ['escalated'],
    });
  });

  it('gives a reason shared by refused buttons once, under the first of them', () => {
    const allowed = {
      ...viewOf([]).allowed,
      propose: { ok: true as const },
      counter: { ok: false as const, reason: 'noProposal' },
      accept: { ok: false as const, reason: 'noProposal' },
      escalate: { ok: true as const },
    };
    expect(actionLayout(['propose', 'counter', 'accept', 'escalate'], allowed).buttons).toEqual([
      { action: 'propose', reason: null },
      { action: 'counter', reason: 'noProposal' },
      { action: 'accept', reason: null },
      { action: 'escalate', reason: null },
    ]);
  });
});
