import { describe, expect, it } from 'vitest';
import { DEFAULT_REGULATIONS, type Rule } from '../../../shared/regulations';
import { moveRule, newRuleId, putRule, removeRule, sameRules } from './regulationsDraft';

const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);
const rules = [...DEFAULT_REGULATIONS];

describe('regulations draft', () => {
  it('moves a rule up and down by one place', () => {
    expect(ids(moveRule(rules, 1, -1))).toEqual([
      'claim-lapses',
      'first-contact',
      'across-offices-negotiate',
      'same-office-lead',
    ]);
    expect(ids(moveRule(rules, 1, 1))).toEqual([
      'first-contact',
      'across-offices-negotiate',
      'claim-lapses',
      'same-office-lead',
    ]);
  });

  it('leaves the list as it is at either end', () => {
    expect(ids(moveRule(rules, 0, -1))).toEqual(ids(rules));
    expect(ids(moveRule(rules, 3, 1))).toEqual(ids(rules));
    expect(ids(moveRule(rules, 9, -1))).toEqual(ids(rules));
  });

  it('never changes the list it was given', () => {
    const before = JSON.stringify(rules);
    moveRule(rules, 0, 1);
    removeRule(rules, 0);
    putRule(rules, 0, { ...rules[0]!, name: 'x' });
    expect(JSON.stringify(rules)).toBe(before);
  });

  it('removes, replaces and appends', () => {
    expect(ids(removeRule(rules, 2))).toEqual(['first-contact', 'claim-lapses', 'same-office-lead']);
    expect(putRule(rules, 1, { ...rules[1]!, name: 'Lapse after 45 days' })[1]?.name).toBe('Lapse after 45 days');
    const added: Rule = { id: 'new', name: 'New', conditions: {}, outcome: { type: 'notifyOnly' } };
    expect(ids(putRule(rules, rules.length, added))).toEqual([...ids(rules), 'new']);
  });

  it('sees a change of order as a change', () => {
    expect(sameRules(rules, [...DEFAULT_REGULATIONS])).toBe(true);
    expect(sameRules(rules, moveRule(rules, 0, 1))).toBe(false);
  });

  it('makes ids no rule has', () => {
    const taken: Rule[] = [{ id: 'rule-a', name: 'A', conditions: {}, outcome: { type: 'notifyOnly' } }];
    const draws = ['a', 'a', 'b'];
    expect(newRuleId(taken, () => draws.shift() ?? 'z')).toBe('rule-b');
  });
});
