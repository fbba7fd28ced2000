import { describe, expect, it } from 'vitest';
import { DEFAULT_REGULATIONS } from './defaults';
import type { Rule } from './rule';
import { validateRule } from './validateRule';
import { reviseRegulations } from './versions';

const good: Rule = {
  id: 'r1',
  name: 'Paid deal keeps the client',
  conditions: { ownerHasPaidDeal: true },
  outcome: { type: 'stayWithOwner' },
};

describe('validateRule', () => {
  it('accepts a good rule', () => {
    expect(validateRule(good)).toEqual({ ok: true, value: good });
  });

  it.each([
    ['name', { ...good, name: ' ' }, 'Give the rule a name people will recognise.'],
    [
      'conditions.matchKind',
      { ...good, conditions: { matchKind: [] } },
      'Choose at least one kind of match: phone, email or domain.',
    ],
    [
      'conditions.matchKind',
      { ...good, conditions: { matchKind: ['name'] } },
      'Choose at least one kind of match: phone, email or domain.',
    ],
    [
      'conditions.claimAgeDays',
      { ...good, conditions: { claimAgeDays: { min: 30, max: 7 } } },
      'The minimum age (30 days) is above the maximum (7 days): the rule could never apply.',
    ],
    [
      'conditions.ownerInactiveDays.min',
      { ...good, conditions: { ownerInactiveDays: { min: -1 } } },
      "The owner's inactivity must be a whole number of days, 0 or more.",
    ],
    [
      'conditions.firstContact',
      { ...good, conditions: { firstContact: 'lead' } },
      'Choose who contacted the client first: the owner or the newcomer.',
    ],
    ['conditions.sameOffice', { ...good, conditions: { sameOffice: 'yes' } }, 'Choose yes or no.'],
    ['outcome', { ...good, outcome: { type: 'coinFlip' } }, 'Choose what the rule recommends.'],
    [
      'outcome.split',
      { ...good, outcome: { type: 'splitFirstOrder', owner: 60, newcomer: 50 } },
      'The split of the first order must add up to 100%; it adds up to 110%.',
    ],
    [
      'outcome.deadlineHours',
      { ...good, outcome: { type: 'negotiate', deadlineHours: 0 } },
      'The negotiation deadline must be a whole number of hours from 1 to 744.',
    ],
  ])('refuses a bad %s', (field, rule, message) => {
    const r = validateRule(rule);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field, message });
  });
});

describe('reviseRegulations', () => {
  it('numbers versions monotonically and records who and when', () => {
    const v1 = reviseRegulations(null, DEFAULT_REGULATIONS, 'admin', 1000, 'Defaults');
    expect(v1).toMatchObject({
      ok: true,
      value: { version: 1, changedBy: 'admin', changedAt: 1000, note: 'Defaults' },
    });
    if (!v1.ok) return;
    const v2 = reviseRegulations(v1.value, [good, ...DEFAULT_REGULATIONS], 'lead1', 2000);
    expect(v2).toMatchObject({ ok: true, value: { version: 2, changedBy: 'lead1' } });
    // The earlier version is untouched: a case decided under version 1 still reads version 1.
    expect(v1.value.rules).toEqual(DEFAULT_REGULATIONS);
  });

  it('refuses invalid rules and duplicate ids, naming the rule', () => {
    const r = reviseRegulations(null, [good, { ...good, name: '' }], 'admin', 1);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'rules.1.name', message: 'Rule 2: Give the rule a name people will recognise.' },
        { field: 'rules.1.id', message: "Rule 2: another rule already has the id 'r1'." },
      ],
    });
  });
});
