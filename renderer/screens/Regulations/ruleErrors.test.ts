import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../shared/regulations';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { endpointProblems, ruleProblems } from './ruleErrors';

const good: Rule = {
  id: 'r1',
  name: 'Paid deal keeps the client',
  conditions: { ownerHasPaidDeal: true },
  outcome: { type: 'stayWithOwner' },
};
const keyed = (rule: Rule) => ruleProblems(rule).map((p) => [p.field, p.key, p.params]);

describe('ruleProblems', () => {
  it('a good rule has none', () => {
    expect(ruleProblems(good)).toEqual([]);
  });

  it('puts each refusal at its control, with the numbers the message needs', () => {
    expect(keyed({ ...good, name: ' ' })).toEqual([['name', 'nameRequired', {}]]);
    expect(keyed({ ...good, name: 'x'.repeat(201) })).toEqual([['name', 'nameTooLong', { max: 200 }]]);
    expect(keyed({ ...good, conditions: { matchKind: [] } })).toEqual([['matchKinds', 'matchKind', {}]]);
    expect(keyed({ ...good, conditions: { claimAgeDays: { min: 30, max: 7 } } })).toEqual([
      ['claimAge', 'claimAgeOrder', { min: 30, max: 7 }],
    ]);
    expect(keyed({ ...good, conditions: { claimAgeDays: {} } })).toEqual([['claimAge', 'claimAgeMissing', {}]]);
    expect(keyed({ ...good, conditions: { claimAgeDays: { min: Number.NaN } } })).toEqual([
      ['claimAge', 'claimAgeBound', {}],
    ]);
    expect(keyed({ ...good, conditions: { ownerInactiveDays: { min: -1 } } })).toEqual([
      ['ownerInactive', 'ownerInactive', {}],
    ]);
    expect(keyed({ ...good, outcome: { type: 'splitFirstOrder', owner: 60, newcomer: 50 } })).toEqual([
      ['split', 'splitSum', { sum: 110 }],
    ]);
    expect(keyed({ ...good, outcome: { type: 'splitFirstOrder', owner: Number.NaN, newcomer: 50 } })).toEqual([
      ['split', 'splitRange', {}],
    ]);
    expect(keyed({ ...good, outcome: { type: 'negotiate', deadlineHours: 0 } })).toEqual([
      ['deadline', 'deadline', { max: 744 }],
    ]);
  });

  it('every key it uses has words in both languages', () => {
    for (const key of [
      'nameRequired',
      'nameTooLong',
      'matchKind',
      'claimAgeBound',
      'claimAgeMissing',
      'claimAgeOrder',
      'ownerInactive',
      'outcome',
      'splitRange',
      'splitSum',
      'deadline',
    ] as const) {
      expect(en.regulations.errors[key]).toBeTruthy();
      expect(ru.regulations.errors[key]).toBeTruthy();
    }
  });
});

describe('endpointProblems', () => {
  it('gives each rule its own refusals and keeps the rest apart', () => {
    const rules: Rule[] = [good, { ...good, id: 'r2', outcome: { type: 'negotiate', deadlineHours: 0 } }];
    const { byRule, other } = endpointProblems(
      [
        {
          field: 'rules.1.outcome.deadlineHours',
          message: 'Rule 2: The negotiation deadline must be a whole number of hours from 1 to 744.',
        },
        { field: 'rules.1.id', message: "Rule 2: another rule already has the id 'r1'." },
        { field: 'rules.7.name', message: 'Rule 8: Give the rule a name people will recognise.' },
        { field: 'note', message: 'The note is too long: at most 2000 characters.' },
      ],
      rules,
    );
    expect(byRule.get(1)?.map((p) => [p.field, p.key, p.message])).toEqual([
      ['deadline', 'deadline', 'The negotiation deadline must be a whole number of hours from 1 to 744.'],
      ['name', null, "another rule already has the id 'r1'."],
    ]);
    expect(other.map((e) => e.field)).toEqual(['rules.7.name', 'note']);
  });
});
