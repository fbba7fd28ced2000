import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEventDoc } from '../../../shared/db';
import {
  caseStepNotificationsFor,
  waitingDigest,
  type CaseProgress,
} from '../../../shared/notify/caseStepNotifications';
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
  it('tells the other manager about a proposal with the whole terms, in both languages', () => {
    const [n] = notify([proposal], petya, T0 + HOUR);
    expect(n!.kind).toBe('caseProposed');
    expect(texts(n!)).toEqual({
      en: {
        title: 'Masha Petrova proposed terms',
        body: 'Masha Petrova offers for Ivanov P.: Petya Ivanov gets 60% of the first order and keeps the client; Masha Petrova gets 40% and 3 leads from Petya Ivanov. Open the case to accept or answer with your terms.',
      },
      ru: {
        title: 'Masha Petrova предлагает условия',
        body: 'Masha Petrova предлагает по клиенту Ivanov P.: Petya Ivanov получает 60% первого заказа и ведёт клиента дальше; Masha Petrova получает 40% и 3 лида (передаёт Petya Ivanov). Откройте случай, чтобы принять или предложить свои условия.',
      },
    });
  });

  it('states later orders, leads and a short note of a counter-proposal; points at a long note', () => {
    const later = {
      keeper: 'newcomer' as const,
      firstOrderSplit: { owner: 50, newcomer: 50 },
      laterOrdersSplit: { owner: 30, newcomer: 70, orders: 5 },
      leadsCompensation: { from: 'newcomer' as const, count: 2 },
      note: 'Петя передаёт контакты закупщика',
    };
    const [n] = notify(
      [proposal, step('c1', 'petya', T0 + HOUR, { type: 'counter', terms: later })],
      { ...petya, userId: 'masha', officeId: 'o2' },
      T0 + 2 * HOUR,
    );
    expect(n!.kind).toBe('caseCountered');
    expect(texts(n!).ru.body).toBe(
      'Petya Ivanov предлагает по клиенту Ivanov P.: Masha Petrova получает 50% первого заказа и 70% следующих 5 заказов и ведёт клиента дальше; Petya Ivanov получает 50%, 30% следующих 5 заказов и 2 лида (передаёт Masha Petrova). Примечание: «Петя передаёт контакты закупщика». Откройте случай, чтобы принять или предложить свои условия.',
    );
    const long = notify(
      [proposal, step('c2', 'petya', T0 + HOUR, { type: 'counter', terms: { ...later, note: 'о'.repeat(400) } })],
      { ...petya, userId: 'masha', officeId: 'o2' },
      T0 + 2 * HOUR,
    )[0]!;
    expect(texts(long).ru.body).toContain('В условиях есть примечание — прочитайте его в случае.');
    expect(texts(long).ru.body).not.toContain('ооо');
  });

  it('states the whole terms of an agreement, with the later orders until a date', () => {
    const until = Date.UTC(2026, 11, 31);
    const terms = { ...sixtyForty, laterOrdersSplit: { owner: 60, newcomer: 40, until } };
    const [n] = notify(
      [
        step('p2', 'petya', T0, { type: 'propose', terms }),
        step('a2', 'masha', T0 + HOUR, { type: 'accept', proposalId: 'p2' }),
      ],
      petya,
      T0 + 2 * HOUR,
    );
    expect(n!.kind).toBe('caseAgreed');
    expect(texts(n!).ru.body).toMatch(/^Petya Ivanov получает 60% первого заказа и 60% заказов по 31 дек\.? 2026/u);
    expect(texts(n!).ru.body).toContain('3 лида (передаёт Petya Ivanov)');
  });

  it('says who decided and what', () => {
    const [n] = notify(
      [proposal, step('x1', 'anna', T0 + HOUR, { type: 'decide', terms: sixtyForty })],
      petya,
      T0 + 2 * HOUR,
    );
    expect(n!.kind).toBe('caseDecided');
    expect(texts(n!).en.body).toBe(
      'Anna Lead decided: Petya Ivanov gets 60% of the first order and keeps the client; Masha Petrova gets 40% and 3 leads from Petya Ivanov.',
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
      updates(5, 'away'),
      waitingDigest({ answers: ['k1'], decisions: ['k2'] })!,
    ];
    expect(new Set(all.map((n) => n.kind))).toEqual(
      new Set([
        'caseProposed',
        'caseCountered',
        'caseAgreed',
        'caseRuled',
        'caseEscalated',
        'caseUpdates',
        'caseWaiting',
      ]),
    );
    for (const n of all) {
      for (const text of Object.values(texts(n))) {
        expect(`${text.title} ${text.body}`).not.toMatch(/\{\{|notify\./u);
      }
    }
  });
});

/** A digest of `count` proposals from Masha, as the notifier gathers them. */
function updates(count: number, arrival: 'away' | 'live'): Notification {
  const cases = Array.from({ length: count }, (_, i) => {
    const doc = { ...caseDoc, id: `case-${i}` };
    const events = [{ ...step(`p-${i}`, 'masha', T0, { type: 'propose', terms: sixtyForty }), caseId: doc.id }];
    return {
      caseDoc: doc,
      state: withDeadline(foldCaseEvents(doc, caseEventsFromDocs(events)), T0 + HOUR).state,
      authorNames: new Map(events.map((e) => [e.id, e.by.name])),
    };
  });
  const [digest] = caseStepNotificationsFor(cases, petya, new Set(), arrival);
  if (digest?.kind !== 'caseUpdates') throw new Error('expected a digest');
  return digest;
}

describe('digests', () => {
  it('count cases with Russian plurals: 1, 3, 5 and 21', () => {
    const waiting = (n: number) =>
      notificationText(ru, waitingDigest({ answers: Array.from({ length: n }, (_, i) => `k${i}`), decisions: [] })!)
        .title;
    expect([1, 3, 5, 21].map(waiting)).toEqual([
      '1 случай ждёт вашего ответа',
      '3 случая ждут вашего ответа',
      '5 случаев ждут вашего ответа',
      '21 случай ждёт вашего ответа',
    ]);
    expect([4, 5, 21].map((n) => notificationText(ru, updates(n, 'live')).title)).toEqual([
      'Новости по 4 случаям',
      'Новости по 5 случаям',
      'Новости по 21 случаю',
    ]);
    expect(notificationText(en, waitingDigest({ answers: ['k1'], decisions: [] })!).title).toBe(
      '1 case waits for your answer',
    );
  });

  it('say what happened in words, and "while you were away" only for a catch-up', () => {
    const live = notificationText(ru, updates(5, 'live'));
    expect(live).toEqual({
      title: 'Новости по 5 случаям',
      body: '5 предложений условий. Откройте «Случаи», чтобы их увидеть.',
    });
    expect(notificationText(ru, updates(21, 'away')).title).toBe('Пока вас не было: новости по 21 случаю');
    const mixed = {
      ...updates(4, 'live'),
      params: { count: 6, context: 'live', proposals: 3, agreements: 1, decisions: 2 },
    };
    expect(notificationText(ru, mixed).body).toBe(
      '3 предложения условий, 1 договорённость и 2 решения руководителя. Откройте «Случаи», чтобы их увидеть.',
    );
    expect(notificationText(en, mixed).body).toBe(
      '3 proposals, 1 agreement, and 2 leads’ decisions. Open Cases to see them.',
    );
  });

  it('of new duplicates say "while you were away" only for a catch-up', () => {
    const digest = (count: number, context: string): Notification => ({
      id: 'digest:x',
      kind: 'digest',
      caseIds: [],
      params: { count, context, duplicates: count, companyContacts: 0 },
      title: '',
      body: '',
      route: '/cases',
    });
    expect(notificationText(ru, digest(21, 'away')).title).toBe('Пока вас не было: 21 новый дубликат клиента');
    expect(notificationText(ru, digest(5, 'live')).title).toBe('5 новых дубликатов клиентов');
    expect(notificationText(en, digest(1, 'away')).title).toBe('While you were away: 1 new duplicate client');
  });

  it('name the kind of wait a first sign-in found', () => {
    expect(notificationText(ru, waitingDigest({ answers: [], decisions: ['k1', 'k2', 'k3'] })!).title).toBe(
      '3 случая ждут вашего решения',
    );
    expect(notificationText(ru, waitingDigest({ answers: ['k1'], decisions: ['k2'] })!).title).toBe(
      '2 случая ждут вашего ответа или решения',
    );
  });
});
