import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStep, foldCaseEvents, initialCaseState, type CaseEvent } from '../../../shared/workflow';
import { caseDoc, T0 } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { workflowReasonText } from './workflowReasonText';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const masha = { userId: 'masha', role: 'manager' as const, officeId: 'o2' };
const petya = { userId: 'petya', role: 'manager' as const, officeId: 'o1' };
const terms = {
  keeper: 'owner' as const,
  firstOrderSplit: { owner: 50, newcomer: 50 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};

/** The reasons the real workflow gives, so a reworded reason in shared/ fails here rather than going untranslated. */
function refusals(): string[] {
  const open = initialCaseState(caseDoc);
  const proposed = foldCaseEvents(caseDoc, [
    { id: 'p', caseId: caseDoc.id, at: T0, by: masha, type: 'propose', terms },
  ]);
  const owing = { ...terms, leadsCompensation: { from: 'owner' as const, count: 1 } };
  const agreed = foldCaseEvents(caseDoc, [
    { id: 'p', caseId: caseDoc.id, at: T0, by: masha, type: 'propose', terms: owing },
    { id: 'a', caseId: caseDoc.id, at: T0 + 1, by: petya, type: 'accept', proposalId: 'p' },
  ]);
  const ruledCase = {
    ...caseDoc,
    recommendation: { outcome: { type: 'stayWithOwner' as const }, explanation: 'Rule 1.' },
  };
  const ruled = foldCaseEvents(ruledCase, []);
  const tries: Array<[typeof open, CaseEvent]> = [
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: { ...masha, userId: 'stranger' }, type: 'propose', terms }],
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: masha, type: 'accept', proposalId: 'p' }],
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: masha, type: 'counter', terms }],
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: masha, type: 'escalate', reason: ' ' }],
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: masha, type: 'decide', terms }],
    [proposed, { id: 'x', caseId: caseDoc.id, at: T0 + 1, by: masha, type: 'accept', proposalId: 'p' }],
    [proposed, { id: 'x', caseId: caseDoc.id, at: T0 + 1, by: petya, type: 'accept', proposalId: 'old' }],
    [proposed, { id: 'x', caseId: caseDoc.id, at: T0 + 1, by: masha, type: 'counter', terms }],
    [open, { id: 'x', caseId: caseDoc.id, at: T0, by: petya, type: 'leadHandover', note: 'Sidorov' }],
    [agreed, { id: 'x', caseId: caseDoc.id, at: T0 + 3, by: masha, type: 'leadHandover', note: 'Sidorov' }],
    [agreed, { id: 'x', caseId: caseDoc.id, at: T0 + 3, by: petya, type: 'leadHandover', note: ' ' }],
    [ruled, { id: 'x', caseId: ruledCase.id, at: T0, by: masha, type: 'propose', terms }],
  ];
  return tries.map(([state, event]) => {
    const check = checkStep(state, state === ruled ? ruledCase : caseDoc, event);
    if (check.ok) throw new Error(`expected ${event.type} to be refused`);
    return check.reason;
  });
}

describe('workflow refusals in words', () => {
  it('has Russian words for each reason the workflow gives', () => {
    const reasons = refusals();
    expect(reasons).toHaveLength(12);
    for (const reason of reasons) {
      expect(workflowReasonText(en, reason)).toBe(reason);
      expect(workflowReasonText(ru, reason)).not.toBe(reason);
    }
  });

  it('shows a reason it does not know as it came', () => {
    expect(workflowReasonText(ru, 'Sign in to send steps.')).toBe('Sign in to send steps.');
    expect(workflowReasonText(ru, 'The terms are not valid: Choose who keeps the client.')).toBe(
      'Условия заполнены неправильно.',
    );
  });
});
