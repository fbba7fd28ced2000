import { describe, expect, it } from 'vitest';
import type { Actor, CaseEvent } from '../workflow/events';
import { foldCaseEvents } from '../workflow/foldCaseEvents';
import { withDeadline } from '../workflow/deadline';
import type { CaseParties, CaseRuling } from '../workflow/state';
import type { Terms } from '../workflow/terms';
import {
  caseStepNotificationsFor,
  casesWaitingFor,
  idsCoveredBy,
  waitingDigest,
  type CaseProgress,
} from './caseStepNotifications';
import type { Viewer } from './notificationRules';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: '',
};
const party = (managerId: string, managerName: string, officeId: string, officeName: string) => ({
  clientId: `c-${managerId}`,
  clientLabel: 'Ivanov P.',
  managerId,
  managerName,
  officeId,
  officeName,
  since: 1,
});
const parties = (id = 'case1', recommendation?: CaseRuling): CaseParties => ({
  id,
  owner: party('petya', 'Petya Ivanov', 'o1', 'Office 1'),
  newcomer: party('masha', 'Masha Petrova', 'o2', 'Office 2'),
  detectedAt: 5,
  ...(recommendation ? { recommendation } : {}),
});

const petyaA: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const mashaA: Actor = { userId: 'masha', role: 'manager', officeId: 'o2' };
const leadA: Actor = { userId: 'lead2', role: 'lead', officeId: 'o2' };
const NAMES = new Map([
  ['p1', 'Petya Ivanov'],
  ['c1', 'Masha Petrova'],
  ['a1', 'Masha Petrova'],
  ['esc', 'Masha Petrova'],
  ['dec', 'Lena Lead'],
]);

const petya: Viewer = { userId: 'petya', officeId: 'o1', role: 'manager' };
const masha: Viewer = { userId: 'masha', officeId: 'o2', role: 'manager' };
const lead1: Viewer = { userId: 'lead1', officeId: 'o1', role: 'lead' };
const lead3: Viewer = { userId: 'lead3', officeId: 'o3', role: 'lead' };
const none = new Set<string>();

const propose: CaseEvent = { id: 'p1', caseId: 'case1', at: 10, by: petyaA, type: 'propose', terms: TERMS };
const counter: CaseEvent = {
  id: 'c1',
  caseId: 'case1',
  at: 20,
  by: mashaA,
  type: 'counter',
  terms: { ...TERMS, firstOrderSplit: { owner: 50, newcomer: 50 } },
};
const accept: CaseEvent = { id: 'a1', caseId: 'case1', at: 20, by: mashaA, type: 'accept', proposalId: 'p1' };
const escalate: CaseEvent = {
  id: 'esc',
  caseId: 'case1',
  at: 20,
  by: mashaA,
  type: 'escalate',
  reason: 'He never called the client.',
};
const decide: CaseEvent = { id: 'dec', caseId: 'case1', at: 30, by: leadA, type: 'decide', terms: TERMS };

function progress(events: CaseEvent[], p = parties(), now = 100): CaseProgress {
  return { caseDoc: p, state: withDeadline(foldCaseEvents(p, events), now).state, authorNames: NAMES };
}
const kinds = (c: CaseProgress, v: Viewer) => caseStepNotificationsFor([c], v, none).map((n) => n.kind);

describe('caseStepNotificationsFor', () => {
  it("tells the other party about a proposal, never its author: 'Petya Ivanov proposed terms'", () => {
    const p = progress([propose]);
    expect(caseStepNotificationsFor([p], masha, none)).toEqual([
      {
        id: 'proposal:p1',
        kind: 'caseProposed',
        caseIds: ['case1'],
        params: {
          clientLabel: 'Ivanov P.',
          ownerName: 'Petya Ivanov',
          ownerOffice: 'Office 1',
          newcomerName: 'Masha Petrova',
          newcomerOffice: 'Office 2',
          byName: 'Petya Ivanov',
          firstOrderOwner: 60,
          firstOrderNewcomer: 40,
        },
        title: 'Petya Ivanov proposed terms',
        body: 'Ivanov P.: open the case to accept the terms or answer with yours.',
        terms: TERMS,
        route: '/cases/case1',
      },
    ]);
    expect(kinds(p, petya)).toEqual([]);
    expect(kinds(p, lead1)).toEqual([]);
  });

  it('a counter-proposal is news to the proposer', () => {
    const p = progress([propose, counter]);
    expect(caseStepNotificationsFor([p], petya, none)).toMatchObject([
      { id: 'proposal:c1', kind: 'caseCountered', title: 'Masha Petrova answered with other terms' },
    ]);
    expect(kinds(p, masha)).toEqual([]);
  });

  it('an agreement is news to the party who did not accept', () => {
    const p = progress([propose, accept]);
    expect(caseStepNotificationsFor([p], petya, none)).toMatchObject([
      {
        id: 'resolved:a1',
        kind: 'caseAgreed',
        title: 'Agreement reached: Ivanov P.',
        body: 'Petya Ivanov keeps the client. Open the case to read the whole terms.',
        params: { keeperName: 'Petya Ivanov', byName: 'Masha Petrova' },
        // The whole terms travel with the notice (leads included); the UI words them.
        terms: TERMS,
      },
    ]);
    expect(kinds(p, masha)).toEqual([]);
  });

  it('a decision is news to both parties, and escalation to the leads of the offices involved', () => {
    const escalated = progress([escalate]);
    expect(caseStepNotificationsFor([escalated], lead1, none)).toMatchObject([
      {
        id: 'escalated:case1',
        kind: 'caseEscalated',
        title: 'A case waits for your decision: Ivanov P.',
        body: 'Masha Petrova escalated it: He never called the client.',
        params: { cause: 'manager', byName: 'Masha Petrova', reason: 'He never called the client.' },
      },
    ]);
    expect(kinds(escalated, lead3)).toEqual([]);
    expect(kinds(escalated, petya)).toEqual([]);
    const decided = progress([escalate, decide]);
    expect(caseStepNotificationsFor([decided], petya, none)).toMatchObject([
      {
        id: 'resolved:dec',
        kind: 'caseDecided',
        title: 'Case decided: Ivanov P.',
        body: expect.stringMatching(/^Lena Lead decided: Petya Ivanov keeps the client/),
        terms: TERMS,
      },
    ]);
    expect(kinds(decided, masha)).toEqual(['caseDecided']);
    expect(kinds(decided, { userId: 'lead2', officeId: 'o2', role: 'lead' })).toEqual([]);
  });

  it('a case escalated by its deadline or by the regulations names the cause', () => {
    const late = progress(
      [{ id: 'd', caseId: 'case1', at: 1, by: petyaA, type: 'deadlineSet', deadline: 50 }],
      parties(),
      60,
    );
    expect(caseStepNotificationsFor([late], lead1, none)).toMatchObject([
      {
        kind: 'caseEscalated',
        params: { cause: 'deadline', byName: '' },
        body: 'The negotiation deadline passed without an agreement.',
      },
    ]);
    const rule = progress(
      [],
      parties('case1', {
        outcome: { type: 'leadDecides' },
        explanation: "Rule 4 — 'Inside an office the lead decides'.",
      }),
    );
    expect(caseStepNotificationsFor([rule], lead1, none)).toMatchObject([
      { kind: 'caseEscalated', params: { cause: 'rule' }, body: "Rule 4 — 'Inside an office the lead decides'." },
    ]);
  });

  it('a case settled by the regulations is news to both parties', () => {
    const p = progress(
      [],
      parties('case1', { outcome: { type: 'moveToNewcomer' }, explanation: "Rule 2 — 'A claim lapses': 75 days." }),
    );
    for (const v of [petya, masha]) {
      expect(caseStepNotificationsFor([p], v, none)).toMatchObject([
        {
          id: 'resolved:case1:rule',
          kind: 'caseRuled',
          title: 'Settled by the regulations: Ivanov P.',
          params: { keeperName: 'Masha Petrova', explanation: "Rule 2 — 'A claim lapses': 75 days." },
        },
      ]);
    }
  });

  it('never twice, and a flood becomes one digest standing for all of them', () => {
    const one = progress([propose]);
    expect(caseStepNotificationsFor([one], masha, new Set(['proposal:p1']))).toEqual([]);
    const many = ['k1', 'k2', 'k3', 'k4'].map((id) =>
      progress([{ ...propose, id: `p-${id}`, caseId: id }], parties(id)),
    );
    const notes = caseStepNotificationsFor(many, masha, none);
    expect(notes).toMatchObject([
      {
        kind: 'caseUpdates',
        params: { count: 4, context: 'live', proposals: 4, agreements: 0, decisions: 0, escalations: 0 },
        caseIds: ['k1', 'k2', 'k3', 'k4'],
        route: '/cases',
        title: '4 cases need your attention',
      },
    ]);
    expect(idsCoveredBy(many, masha)).toEqual(['proposal:p-k1', 'proposal:p-k2', 'proposal:p-k3', 'proposal:p-k4']);
  });

  it('counts what a digest stands for by kind, and says "while you were away" only for a catch-up', () => {
    const countered = (k: string) =>
      progress(
        [
          { ...propose, id: `p-${k}`, caseId: k },
          { ...counter, id: `c-${k}`, caseId: k },
        ],
        parties(k),
      );
    const flood = [
      countered('k1'),
      countered('k2'),
      progress(
        [
          { ...propose, id: 'p-k3', caseId: 'k3' },
          { ...accept, id: 'a-k3', caseId: 'k3', proposalId: 'p-k3' },
        ],
        parties('k3'),
      ),
      progress(
        [
          { ...escalate, caseId: 'k4' },
          { ...decide, caseId: 'k4' },
        ],
        parties('k4'),
      ),
    ];
    const [away] = caseStepNotificationsFor(flood, petya, none, 'away');
    expect(away).toMatchObject({
      kind: 'caseUpdates',
      params: { count: 4, context: 'away', proposals: 2, agreements: 1, decisions: 1, rulings: 0, escalations: 0 },
      body: expect.stringMatching(/while you were away/),
    });
    const [live] = caseStepNotificationsFor(flood, petya, none, 'live');
    expect(live).toMatchObject({ kind: 'caseUpdates', params: { count: 4, context: 'live' } });
    expect(live!.body).not.toMatch(/away/);
  });

  it('tells which cases wait for the viewer: terms to answer, or a case to decide', () => {
    const cases = [
      progress([{ ...propose, id: 'p-k1', caseId: 'k1' }], parties('k1')),
      progress(
        [
          { ...propose, id: 'p-k2', caseId: 'k2' },
          { ...accept, id: 'a-k2', caseId: 'k2', proposalId: 'p-k2' },
        ],
        parties('k2'),
      ),
      progress([{ ...escalate, caseId: 'k3' }], parties('k3')),
      progress([], parties('k4')),
    ];
    expect(casesWaitingFor(cases, masha)).toEqual({ answers: ['k1'], decisions: [] });
    expect(casesWaitingFor(cases, petya)).toEqual({ answers: [], decisions: [] });
    expect(casesWaitingFor(cases, lead1)).toEqual({ answers: [], decisions: ['k3'] });
  });

  it('sums up what waits in one digest, naming the kind of wait, or says nothing', () => {
    expect(waitingDigest({ answers: [], decisions: [] })).toBeNull();
    expect(waitingDigest({ answers: ['k1', 'k2'], decisions: [] })).toMatchObject({
      kind: 'caseWaiting',
      caseIds: ['k1', 'k2'],
      params: { count: 2, toAnswer: 2, toDecide: 0, context: 'answers' },
      route: '/cases',
    });
    expect(waitingDigest({ answers: [], decisions: ['k3'] })?.params.context).toBe('decisions');
    expect(waitingDigest({ answers: ['k1'], decisions: ['k3'] })?.params.context).toBe('both');
  });

  it('says nothing about an open case with nothing on the table', () => {
    expect(caseStepNotificationsFor([progress([])], petya, none)).toEqual([]);
  });
});
