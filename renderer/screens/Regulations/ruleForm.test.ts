import { describe, expect, it } from 'vitest';
import { DEFAULT_REGULATIONS, validateRule, type Rule } from '../../../shared/regulations';
import { emptyRuleForm, formToRule, ruleToForm } from './ruleForm';

describe('rule form', () => {
  it('round-trips every default rule unchanged', () => {
    for (const rule of DEFAULT_REGULATIONS) expect(formToRule(ruleToForm(rule))).toEqual(rule);
  });

  it('round-trips a rule using every condition', () => {
    const rule: Rule = {
      id: 'all',
      name: 'Everything',
      conditions: {
        matchKind: ['phone', 'domain'],
        sameOffice: true,
        claimAgeDays: { min: 3, max: 30 },
        ownerInactiveDays: { min: 10 },
        ownerHasOpenDeal: false,
        ownerHasPaidDeal: true,
        firstContact: 'owner',
        newcomerViaHousehold: false,
      },
      outcome: { type: 'splitFirstOrder', owner: 60, newcomer: 40 },
    };
    expect(formToRule(ruleToForm(rule))).toEqual(rule);
  });

  it('leaves out every condition set to "any", and empty number fields', () => {
    expect(formToRule({ ...emptyRuleForm('n1'), name: '  Tell them  ', outcome: 'notifyOnly' })).toEqual({
      id: 'n1',
      name: 'Tell them',
      conditions: {},
      outcome: { type: 'notifyOnly' },
    });
  });

  it('keeps a one-sided claim age', () => {
    expect(formToRule({ ...emptyRuleForm('n1'), claimAgeMax: 7 }).conditions).toEqual({ claimAgeDays: { max: 7 } });
    expect(formToRule({ ...emptyRuleForm('n1'), claimAgeMin: '14' }).conditions).toEqual({ claimAgeDays: { min: 14 } });
  });

  it('a new rule with a name is valid as it stands', () => {
    expect(validateRule(formToRule({ ...emptyRuleForm('n1'), name: 'Negotiate' })).ok).toBe(true);
  });

  it('turns half-typed numbers into values the validator refuses, never into bounds', () => {
    const rule = formToRule({ ...emptyRuleForm('n1'), name: 'x', ownerInactiveMin: '-', deadlineHours: '' });
    expect(rule.conditions.ownerInactiveDays?.min).toBeNaN();
    const checked = validateRule(rule);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.map((e) => e.field).sort()).toEqual([
        'conditions.ownerInactiveDays.min',
        'outcome.deadlineHours',
      ]);
  });

  it('an emptied list of match kinds is kept, so the validator can say so', () => {
    const rule = formToRule({ ...emptyRuleForm('n1'), name: 'x', matchKindOn: true, matchKinds: [] });
    expect(rule.conditions.matchKind).toEqual([]);
    expect(validateRule(rule).ok).toBe(false);
  });
});
