import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseDoc, HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { entryInWords, entryRefusal, entryTitle, timelineEntries } from './timeline';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const deadline = step('d1', 'petya', T0, { type: 'deadlineSet', deadline: T0 + 48 * HOUR });
const proposal = step('p1', 'masha', T0 + HOUR, { type: 'propose', terms: sixtyForty });
const counter = step('c1', 'petya', T0 + 2 * HOUR, {
  type: 'counter',
  terms: { ...sixtyForty, firstOrderSplit: { owner: 70, newcomer: 30 } },
});
const accept = step('a1', 'masha', T0 + 3 * HOUR, { type: 'accept', proposalId: 'c1' });

describe('case timeline', () => {
  it('lists every step in order, with who did what and the terms accepted', () => {
    const entries = timelineEntries(viewOf([accept, proposal, deadline, counter]));
    expect(entries.map((e) => e.id)).toEqual(['d1', 'p1', 'c1', 'a1']);
    expect(entries.map((e) => entryTitle(en, e))).toEqual([
      expect.stringMatching(/^Deadline to agree: /u),
      'Masha Petrova proposed terms',
      'Petya Ivanov countered with new terms',
      'Masha Petrova accepted the terms from Petya Ivanov',
    ]);
    expect(entries[3]!.terms?.firstOrderSplit).toEqual({ owner: 70, newcomer: 30 });
    expect(entries[1]!.side).toBe('newcomer');
  });

  it('marks steps waiting to sync and refused ones with the reason, in the UI language', () => {
    const own = step('a2', 'masha', T0 + 2 * HOUR, { type: 'accept', proposalId: 'p1' });
    const entries = timelineEntries(viewOf([proposal, own], { pendingEventIds: ['a2'] }));
    const refused = entries.find((e) => e.id === 'a2')!;
    expect(refused.pending).toBe(true);
    expect(entryRefusal(en, refused)).toBe(
      'Refused, changed nothing: You cannot accept your own proposal; the other manager has to.',
    );
    expect(entryRefusal(ru, refused)).toBe(
      'Отклонено, ничего не изменилось: Нельзя принять собственное предложение; его принимает другой менеджер.',
    );
    expect(entryRefusal(en, entries[0]!)).toBeNull();
  });

  it('shows the moment the deadline escalated the case, though nobody wrote it', () => {
    const late = step('p2', 'petya', T0 + 50 * HOUR, { type: 'propose', terms: sixtyForty });
    const entries = timelineEntries(viewOf([deadline, proposal, late]));
    expect(entries.map((e) => e.kind)).toEqual(['deadlineSet', 'propose', 'deadlinePassed', 'propose']);
    expect(entryTitle(en, entries[2]!)).toBe('The deadline passed without an agreement; the case went to the leads');
    expect(entryRefusal(en, entries[3]!)).toBe(
      'Refused, changed nothing: The case has been escalated; the leads decide now.',
    );
  });

  it('names a deciding lead with their role', () => {
    const entries = timelineEntries(viewOf([step('x1', 'anna', T0, { type: 'decide', terms: sixtyForty })]));
    expect(entryTitle(en, entries[0]!)).toBe('Anna Lead (lead) decided the case');
    expect(entryTitle(ru, entries[0]!)).toBe('Решение Anna Lead (руководитель)');
    const anna = { ...entries[0]!, authorName: 'Анна Смирнова' };
    expect(entryTitle(ru, anna)).toBe('Анна Смирнова (руководитель) приняла решение');
    expect(entryTitle(ru, { ...anna, authorName: 'Пётр Иванов' })).toBe('Пётр Иванов (руководитель) принял решение');
    expect(entryTitle(ru, { ...anna, authorName: 'Саша Ким' })).toBe('Решение Саши Ким (руководитель)');
  });

  it('shows what the regulations did by themselves', () => {
    const ruledCase = {
      ...caseDoc,
      recommendation: {
        outcome: { type: 'stayWithOwner' as const },
        ruleId: 'r',
        ruleName: 'R',
        ruleNumber: 1,
        explanation: 'Rule 1 — R.',
        reasons: [],
        regulationsVersion: 1,
        evaluatedAt: T0,
      },
    };
    const ruled = timelineEntries(viewOf([], { caseDoc: ruledCase }));
    expect(ruled.map((e) => [e.kind, entryTitle(en, e)])).toEqual([['ruled', 'The regulations settled the case']]);
    expect(ruled[0]!.terms?.keeper).toBe('owner');
    const toLead = {
      ...ruledCase,
      recommendation: { ...ruledCase.recommendation, outcome: { type: 'leadDecides' as const } },
    };
    const sent = timelineEntries(viewOf([], { caseDoc: toLead }));
    expect(sent.map((e) => [e.kind, e.text])).toEqual([['sentToLeads', 'Rule 1 — R.']]);
    expect(entryInWords(ru, sent[0]!, toLead.recommendation).text).toBe(
      'Правило 1 — «R»: правило применяется ко всем случаям',
    );
    expect(entryInWords(ru, ruled[0]!, ruledCase.recommendation).terms?.note).toBe(
      'Правило 1 — «R»: правило применяется ко всем случаям',
    );
  });
});
