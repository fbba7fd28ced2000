import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDeadline } from '../../../shared/workflow';
import { caseDoc, HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { caseStatusText } from './caseStatusText';
import { formatTimeLeft } from './timeLeft';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const deadline = step('d1', 'petya', T0, { type: 'deadlineSet', deadline: T0 + 48 * HOUR });
const proposal = step('p1', 'masha', T0 + HOUR, { type: 'propose', terms: sixtyForty });

function status(
  events = [deadline],
  opts: { mySide?: 'owner' | 'newcomer' | null; canDecide?: boolean; now?: number; i18n?: i18n } = {},
) {
  const now = opts.now ?? T0 + 2 * HOUR;
  const view = viewOf(events);
  return caseStatusText(opts.i18n ?? en, {
    state: withDeadline(view.state, now).state,
    parties: caseDoc,
    mySide: opts.mySide === undefined ? 'owner' : opts.mySide,
    canDecide: opts.canDecide ?? false,
    events,
    now,
  });
}

describe('case status in words', () => {
  it('tells a party of a new case to propose, with the time left', () => {
    const s = status();
    expect(s.label).toBe('No terms yet');
    expect(s.next).toBe('Propose terms to Masha Petrova. If you cannot agree, escalate the case and a lead decides.');
    expect(s.deadline).toMatch(/^Agree by .+ — 1 day, 22 hours left\. After that the case goes to the leads\.$/u);
  });

  it('tells each side whose move it is', () => {
    expect(status([deadline, proposal], { mySide: 'owner' }).next).toBe(
      'Accept the terms from Masha Petrova, or counter them with yours.',
    );
    expect(status([deadline, proposal], { mySide: 'newcomer' }).next).toBe(
      'Waiting for Petya Ivanov to accept your terms or counter them.',
    );
    expect(status([deadline, proposal], { mySide: null, canDecide: true }).next).toMatch(
      /^The two managers negotiate\. You may decide/u,
    );
    expect(status([deadline, proposal]).detail).toMatch(/^Masha Petrova proposed terms on /u);
  });

  it('says the deadline escalated the case by itself', () => {
    const s = status([deadline, proposal], { now: T0 + 50 * HOUR, mySide: null, canDecide: true });
    expect(s.label).toBe('Escalated to the leads');
    expect(s.deadline).toMatch(/^Escalated: the deadline passed \(/u);
    expect(s.next).toMatch(/^Decide the case with the terms form below/u);
  });

  it('names who escalated, why, and who decided', () => {
    const escalated = status(
      [deadline, step('e1', 'masha', T0 + 3 * HOUR, { type: 'escalate', reason: 'He never called back' })],
      { now: T0 + 4 * HOUR },
    );
    expect(escalated.detail).toMatch(/^Masha Petrova escalated the case on .+: “He never called back”$/u);
    expect(escalated.next).toBe('A lead of the offices involved decides now. The decision is final.');
    expect(escalated.deadline).toBeNull();
    const decided = status([deadline, step('x1', 'anna', T0 + 3 * HOUR, { type: 'decide', terms: sixtyForty })], {
      now: T0 + 4 * HOUR,
      i18n: ru,
    });
    expect(decided.label).toBe('Решён');
    expect(decided.detail).toMatch(/^Решение Anna Lead принято /u);
  });

  it('calls an accepted proposal final', () => {
    const s = status([deadline, proposal, step('a1', 'petya', T0 + 2 * HOUR, { type: 'accept', proposalId: 'p1' })], {
      now: T0 + 3 * HOUR,
    });
    expect(s.label).toBe('Agreed');
    expect(s.detail).toMatch(/^Petya Ivanov and Masha Petrova agreed on /u);
    expect(s.next).toMatch(/^This is final/u);
  });
});

describe('cases the regulations handle', () => {
  const rec = (type: 'stayWithOwner' | 'leadDecides' | 'notifyOnly') => ({
    outcome: { type },
    ruleId: 'r',
    ruleName: 'R',
    ruleNumber: 1,
    explanation: 'Rule 1 — R: reasons.',
    reasons: [],
    regulationsVersion: 1,
    evaluatedAt: T0,
  });
  const statusOf = (type: 'stayWithOwner' | 'leadDecides' | 'notifyOnly', mySide: 'owner' | null) => {
    const doc = { ...caseDoc, recommendation: rec(type) };
    const view = viewOf([], { caseDoc: doc });
    return caseStatusText(en, {
      state: view.state,
      parties: doc,
      mySide,
      canDecide: mySide === null,
      events: [],
      now: T0 + HOUR,
    });
  };

  it('says the regulations settled it, and that a party may still escalate', () => {
    const s = statusOf('stayWithOwner', 'owner');
    expect(s.label).toBe('Settled by the regulations');
    expect(s.next).toBe('These terms stand unless one of you escalates the case to a lead.');
  });

  it('says the regulations sent it to a lead, with the rule', () => {
    const s = statusOf('leadDecides', null);
    expect(s.detail).toBe('The regulations send this case to a lead: Rule 1 — “R”: it applies to every case');
    expect(s.deadline).toBeNull();
    expect(statusOf('notifyOnly', 'owner').next).toMatch(/^The regulations only ask to let both managers know/u);
  });
});

describe('time left', () => {
  it('reads to the two largest units', () => {
    expect(formatTimeLeft(27 * HOUR + 5 * 60_000, 'en')).toBe('1 day, 3 hours');
    expect(formatTimeLeft(5 * HOUR + 20 * 60_000, 'en')).toBe('5 hours, 20 minutes');
    expect(formatTimeLeft(30_000, 'en')).toBe('1 minute');
    expect(formatTimeLeft(2 * 24 * HOUR, 'ru')).toBe('2 дня');
  });

  it('says a case was settled together with its twin, and that nothing is left to do', () => {
    const settled = step('s1', 'petya', T0 + 3 * HOUR, {
      type: 'siblingSettled',
      sibling: {
        caseId: 'case:twin',
        eventId: 'twin-accept',
        kind: 'agreement',
        effect: 'settles',
        clientId: 'cb',
        clientLabel: 'Ivanova M.',
        otherClientLabel: 'Ivanov P.',
        keeperId: 'petya',
        keeperName: 'Petya Ivanov',
      },
      terms: { ...sixtyForty, leadsCompensation: undefined },
    });
    const s = status([deadline, settled], { now: T0 + 72 * HOUR });
    expect(s.label).toBe('Agreed');
    expect(s.detail).toMatch(
      /^Settled on .+ together with the case “Ivanova M\. — Ivanov P\.”: the same two managers/u,
    );
    expect(s.deadline).toBeNull();
    const r = status([deadline, settled], { now: T0 + 72 * HOUR, i18n: ru });
    expect(r.detail).toMatch(/вместе со случаем «Ivanova M\. — Ivanov P\.»/u);
  });
});
