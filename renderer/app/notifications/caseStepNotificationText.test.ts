import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEventDoc } from '../../../shared/db';
import { caseStepNotificationsFor, type CaseProgress } from '../../../shared/notify/caseStepNotifications';
import type { Notification } from '../../../shared/notify/notificationRules';
import { caseEventsFromDocs, foldCaseEvents, withDeadline } from '../../../shared/workflow';
import { caseDoc, HOUR, sixtyForty, step, T0 } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { notificationText } from './notificationText';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const petya = { userId: 'petya', officeId: 'o1', role: 'manager' as const };
const lead = { userId: 'anna', officeId: 'o1', role: 'lead' as const };

/** What the office core would notify, made by the real notifier from real steps. */
function notify(
  events: CaseEventDoc[],
  viewer: typeof petya | typeof lead,
  now: number,
  doc = caseDoc,
): Notification[] {
  const progress: CaseProgress = {
    caseDoc: doc,
    state: withDeadline(foldCaseEvents(doc, caseEventsFromDocs(events)), now).state,
    authorNames: new Map(events.map((e) => [e.id, e.by.name])),
  };
  return caseStepNotificationsFor([progress], viewer, new Set());
}

function texts(n: Notification) {
  return { en: notificationText(en, n), ru: notificationText(ru, n) };
}

const proposal = step('p1', 'masha', T0, { type: 'propose', terms: sixtyForty });

describe('notifications about a case’s steps', () => {
  it('tells the other manager about a proposal, with the split, in both languages', () => {
    const [n] = notify([proposal], petya, T0 + HOUR);
    expect(n!.kind).toBe('caseProposed');
    expect(texts(n!)).toEqual({
      en: {
        title: 'Masha Petrova proposed terms',
        body: 'Ivanov P.: Masha Petrova offers Petya Ivanov 60% and Masha Petrova 40% of the first order. Open the case to accept or answer with your terms.',
      },
      ru: {
        title: 'Masha Petrova предлагает условия',
        body: 'Ivanov P.: Masha Petrova предлагает Petya Ivanov 60% и Masha Petrova 40% первого заказа. Откройте случай, чтобы принять или предложить свои условия.',
      },
    });
  });

  it('says who decided and what', () => {
    const [n] = notify(
      [proposal, step('x1', 'anna', T0 + HOUR, { type: 'decide', terms: sixtyForty })],
      petya,
      T0 + 2 * HOUR,
    );
    expect(n!.kind).toBe('caseDecided');
    expect(texts(n!).en.body).toBe(
      'Anna Lead decided: Petya Ivanov keeps the client; first order: Petya Ivanov 60%, Masha Petrova 40%.',
    );
  });

  it('words an escalation by its cause', () => {
    const byManager = notify(
      [step('e1', 'masha', T0, { type: 'escalate', reason: 'No answer for a week' })],
      lead,
      T0 + HOUR,
    )[0]!;
    expect(texts(byManager).en).toEqual({
      title: 'A case waits for your decision: Ivanov P.',
      body: 'Masha Petrova escalated it: “No answer for a week”',
    });
    const deadline = step('d1', 'petya', T0, { type: 'deadlineSet', deadline: T0 + HOUR });
    const late = notify([deadline], lead, T0 + 2 * HOUR)[0]!;
    expect(texts(late).ru.body).toBe(
      'Срок на договорённость истёк: Petya Ivanov (Office 1) и Masha Petrova (Office 2) не договорились.',
    );
  });

  it('leaves no placeholder unfilled for any kind', () => {
    const ruled = {
      ...caseDoc,
      recommendation: {
        outcome: { type: 'moveToNewcomer' as const },
        ruleId: 'r',
        ruleName: 'R',
        ruleNumber: 2,
        explanation: 'Rule 2.',
        reasons: [],
        regulationsVersion: 1,
        evaluatedAt: T0,
      },
    };
    const all = [
      ...notify([proposal], petya, T0 + HOUR),
      ...notify(
        [proposal, step('c1', 'petya', T0 + HOUR, { type: 'counter', terms: sixtyForty })],
        { ...petya, userId: 'masha', officeId: 'o2' },
        T0 + 2 * HOUR,
      ),
      ...notify(
        [proposal, step('a1', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p1' })],
        { ...petya, userId: 'masha', officeId: 'o2' },
        T0 + 2 * HOUR,
      ),
      ...notify([], petya, T0 + HOUR, ruled),
      ...notify([], lead, T0 + HOUR, {
        ...ruled,
        recommendation: { ...ruled.recommendation, outcome: { type: 'leadDecides' as const } },
      }),
      {
        id: 'u',
        kind: 'caseUpdates' as const,
        caseIds: [],
        params: { count: 5 },
        title: '',
        body: '',
        route: '/cases',
      },
    ];
    expect(new Set(all.map((n) => n.kind))).toEqual(
      new Set(['caseProposed', 'caseCountered', 'caseAgreed', 'caseRuled', 'caseEscalated', 'caseUpdates']),
    );
    for (const n of all) {
      for (const text of Object.values(texts(n))) {
        expect(`${text.title} ${text.body}`).not.toMatch(/\{\{|notify\./u);
      }
    }
  });
});
