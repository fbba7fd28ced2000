import { describe, expect, it } from 'vitest';
import type { CaseDoc, CaseEventDoc } from '../../../shared/db';
import { caseDoc, HOUR, sixtyForty, step, T0 } from '../../../test/support/caseForTests';
import { inboxStatus, matchesFilter, type InboxFilter } from './inboxStatus';

const petya = { userId: 'petya', officeId: 'o1', role: 'manager' as const };
const masha = { userId: 'masha', officeId: 'o2', role: 'manager' as const };
const lead = { userId: 'anna', officeId: 'o1', role: 'lead' as const };
const proposal = step('p1', 'masha', T0, { type: 'propose', terms: sixtyForty });
const deadline = step('d1', 'petya', T0 - HOUR, { type: 'deadlineSet', deadline: T0 + 48 * HOUR });
const negotiate48h: CaseDoc = {
  ...caseDoc,
  recommendation: {
    outcome: { type: 'negotiate', deadlineHours: 48 },
    ruleId: 'r3',
    ruleName: 'Across offices',
    ruleNumber: 3,
    explanation: 'Rule 3',
    reasons: [],
    regulationsVersion: 1,
    evaluatedAt: T0 - HOUR,
  },
};
const filtersOf = (doc: CaseDoc, events: CaseEventDoc[], viewer = petya, now = T0 + HOUR): InboxFilter[] =>
  (['mine', 'others', 'lead', 'settled'] as const).filter((f) =>
    matchesFilter(inboxStatus(doc, events, viewer, now), f),
  );

describe('inbox status', () => {
  it('shows whose move it is', () => {
    expect(inboxStatus(caseDoc, [proposal], petya, T0 + HOUR)).toMatchObject({
      phase: 'negotiating',
      attention: 'yourMove',
      nextStep: 'answer',
      waitsFor: { who: 'you' },
    });
    expect(inboxStatus(caseDoc, [proposal], masha, T0 + HOUR)).toMatchObject({
      phase: 'negotiating',
      attention: null,
      waitsFor: { who: 'manager', name: 'Petya Ivanov', office: 'Office 1' },
    });
    expect(inboxStatus(caseDoc, [], petya, T0)).toMatchObject({
      phase: 'open',
      attention: null,
      nextStep: 'propose',
      waitsFor: { who: 'youOrOther', name: 'Masha Petrova' },
    });
    expect(inboxStatus(caseDoc, [], lead, T0).waitsFor).toEqual({ who: 'managers' });
  });

  it('tells a lead of an involved office that a case past its deadline needs a decision', () => {
    expect(inboxStatus(caseDoc, [deadline, proposal], lead, T0 + HOUR)).toMatchObject({
      phase: 'negotiating',
      attention: null,
    });
    expect(inboxStatus(caseDoc, [deadline, proposal], lead, T0 + 49 * HOUR)).toMatchObject({
      phase: 'escalated',
      attention: 'needsDecision',
      nextStep: 'leadDecides',
      waitsFor: { who: 'you' },
    });
    expect(inboxStatus(caseDoc, [deadline, proposal], { ...lead, officeId: 'o3' }, T0 + 49 * HOUR)).toMatchObject({
      attention: null,
      waitsFor: { who: 'lead' },
    });
  });

  it('gives the running deadline with the clock of the rule that set it', () => {
    const status = inboxStatus(negotiate48h, [], petya, T0);
    expect(status.deadline).toEqual({ at: T0 - HOUR + 48 * HOUR, ruleHours: 48, ruleNumber: 3 });
    const agreed = [proposal, step('a1', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p1' })];
    expect(inboxStatus(negotiate48h, agreed, petya, T0 + 2 * HOUR).deadline).toBeNull();
  });

  it('files each case under one of the filters: mine, others, with a lead, settled', () => {
    expect(filtersOf(caseDoc, [proposal])).toEqual(['mine']);
    expect(filtersOf(caseDoc, [proposal], masha)).toEqual(['others']);
    expect(filtersOf(caseDoc, [step('e1', 'masha', T0, { type: 'escalate', reason: 'No.' })])).toEqual(['lead']);
    const agreedNoLeads = [
      step('p2', 'masha', T0, { type: 'propose', terms: { ...sixtyForty, leadsCompensation: undefined } }),
      step('a2', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p2' }),
    ];
    expect(filtersOf(caseDoc, agreedNoLeads, petya, T0 + 2 * HOUR)).toEqual(['settled']);
    // Agreed, but Petya still owes Masha 3 leads: it waits for him.
    const agreedWithLeads = [proposal, step('a1', 'petya', T0 + HOUR, { type: 'accept', proposalId: 'p1' })];
    expect(inboxStatus(caseDoc, agreedWithLeads, masha, T0 + 2 * HOUR)).toMatchObject({
      nextStep: 'handOverLeads',
      waitsFor: { who: 'manager', name: 'Petya Ivanov' },
    });
    expect(filtersOf(caseDoc, agreedWithLeads, petya, T0 + 2 * HOUR)).toEqual(['mine']);
  });

  it('says a case was settled with its twin, and passes on a sibling’s news', () => {
    const sibling = {
      caseId: 'case:twin',
      eventId: 'twin-accept',
      kind: 'agreement' as const,
      clientId: 'cb',
      clientLabel: 'Ivanova M.',
      otherClientLabel: 'Ivanov P.',
      keeperId: 'petya',
      keeperName: 'Petya Ivanov',
    };
    const settled = step('s1', 'petya', T0, {
      type: 'siblingSettled',
      sibling: { ...sibling, effect: 'settles' },
      terms: { ...sixtyForty, leadsCompensation: undefined },
    });
    expect(inboxStatus(negotiate48h, [settled], masha, T0 + 72 * HOUR)).toMatchObject({
      phase: 'agreed',
      nextStep: 'settledWithSibling',
      waitsFor: null,
      deadline: null,
      settledWith: 'case:twin',
    });
    const news = step('s2', 'petya', T0, { type: 'siblingSettled', sibling: { ...sibling, effect: 'informs' } });
    expect(inboxStatus(negotiate48h, [news], masha, T0 + HOUR)).toMatchObject({
      phase: 'open',
      siblingNews: { clientLabel: 'Ivanova M.', otherClientLabel: 'Ivanov P.', keeperName: 'Petya Ivanov' },
    });
  });
});
