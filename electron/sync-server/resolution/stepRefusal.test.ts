import { describe, expect, it } from 'vitest';
import type { Actor, CaseEvent, CaseParties, Terms } from '../../../shared/workflow';
import { refuseCaseSteps } from './stepRefusal';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: '',
};
const party = (managerId: string, officeId: string) => ({
  clientId: `c-${managerId}`,
  clientLabel: 'Ivanov P.',
  managerId,
  managerName: managerId,
  officeId,
  officeName: officeId,
  since: 1,
});
const CASE: CaseParties = { id: 'case1', owner: party('petya', 'o1'), newcomer: party('masha', 'o2') };
const petya: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const masha: Actor = { userId: 'masha', role: 'manager', officeId: 'o2' };
const vasya: Actor = { userId: 'vasya', role: 'manager', officeId: 'o2' };
const lead2: Actor = { userId: 'lead2', role: 'lead', officeId: 'o2' };
const lead3: Actor = { userId: 'lead3', role: 'lead', officeId: 'o3' };

const base = (id: string, by: Actor, at: number) => ({ id, caseId: 'case1', by, at });
const propose = (id: string, by: Actor, at: number): CaseEvent => ({
  ...base(id, by, at),
  type: 'propose',
  terms: TERMS,
});
const counter = (id: string, by: Actor, at: number): CaseEvent => ({
  ...base(id, by, at),
  type: 'counter',
  terms: TERMS,
});
const accept = (id: string, by: Actor, at: number, proposalId: string): CaseEvent => ({
  ...base(id, by, at),
  type: 'accept',
  proposalId,
});
const decide = (id: string, by: Actor, at: number): CaseEvent => ({
  ...base(id, by, at),
  type: 'decide',
  terms: TERMS,
});
const handover = (id: string, by: Actor, at: number): CaseEvent => ({
  ...base(id, by, at),
  type: 'leadHandover',
  note: 'The Sidorovs, Antalya',
});
const escalate = (id: string, by: Actor, at: number): CaseEvent => ({
  ...base(id, by, at),
  type: 'escalate',
  reason: 'No agreement.',
});

describe('refuseCaseSteps', () => {
  it('lets allowed steps through, in (at, id) order whatever order they came in', () => {
    expect(refuseCaseSteps(CASE, [], [accept('a', masha, 20, 'p'), propose('p', petya, 10)])).toBeNull();
  });

  it.each([
    [
      'a manager who is no party',
      [],
      propose('x', vasya, 10),
      403,
      'Only the two managers of this case can negotiate.',
    ],
    [
      'a lead of an uninvolved office deciding',
      [escalate('e', masha, 5)],
      decide('x', lead3, 10),
      403,
      'Only a lead of an office involved in the case, or an admin, can decide it.',
    ],
    [
      'a party deciding',
      [],
      decide('x', masha, 10),
      403,
      'Only a lead of an office involved in the case, or an admin, can decide it.',
    ],
    ['a lead escalating', [], escalate('x', lead2, 10), 403, 'Only the two managers of this case can escalate it.'],
    // A non-party after a final decision still hears why they may never act, not that the case is closed.
    [
      'a non-party after the decision',
      [escalate('e', masha, 5), decide('d', lead2, 6)],
      propose('x', vasya, 10),
      403,
      'Only the two managers of this case can negotiate.',
    ],
    [
      'a party after the decision',
      [escalate('e', masha, 5), decide('d', lead2, 6)],
      propose('x', petya, 10),
      409,
      'The case has been decided; the decision is final.',
    ],
    [
      'a lead handover by the creditor',
      [propose('p', petya, 5), accept('a', masha, 6, 'p')],
      handover('x', masha, 10),
      409,
      'Only petya, who owes the leads, can record handing one over.',
    ],
    [
      'a lead handover by a non-party',
      [propose('p', petya, 5), accept('a', masha, 6, 'p')],
      handover('x', vasya, 10),
      403,
      'Only petya, who owes the leads, can record handing one over.',
    ],
    [
      'accepting one’s own proposal',
      [propose('p', petya, 5)],
      accept('x', petya, 10, 'p'),
      409,
      'You cannot accept your own proposal; the other manager has to.',
    ],
    [
      'accepting a replaced proposal',
      [propose('p', petya, 5), propose('q', masha, 6)],
      accept('x', masha, 10, 'p'),
      409,
      'These terms have been replaced by newer ones; read the current proposal first.',
    ],
  ] as const)('refuses %s', (_what, stored, event, status, reason) => {
    expect(refuseCaseSteps(CASE, stored, [event])).toEqual({ eventId: 'x', status, reason });
  });

  it('refuses a step dated before recorded ones when, in that order, it would not apply', () => {
    expect(refuseCaseSteps(CASE, [propose('p', petya, 10)], [counter('x', masha, 5)])).toEqual({
      eventId: 'x',
      status: 409,
      reason:
        'This step is dated 1970-01-01T00:00:00.005Z, before steps already recorded, and in that order it does not apply: There is no proposal to counter; make a proposal instead.',
    });
  });

  it('refuses a step dated before recorded ones that would overturn one of them', () => {
    // Masha escalated at 20; a decision dated 15 would close the case before her escalation.
    expect(refuseCaseSteps(CASE, [escalate('e', masha, 20)], [decide('x', lead2, 15)])).toEqual({
      eventId: 'x',
      status: 409,
      reason:
        'This step is dated 1970-01-01T00:00:00.015Z, before steps already recorded, and would overturn the step of 1970-01-01T00:00:00.020Z ("The case has been decided; the decision is final.").',
    });
  });

  it('keeps both proposals of an offline race and lets a later-dated one land after an earlier-dated one', () => {
    expect(refuseCaseSteps(CASE, [propose('m', masha, 30)], [propose('p', petya, 20)])).toBeNull();
  });
});
