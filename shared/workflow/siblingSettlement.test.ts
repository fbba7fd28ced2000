import { describe, expect, it } from 'vitest';
import { caseEventFromDoc, siblingStepToDoc } from './caseEventDoc';
import { withDeadline } from './deadline';
import type { Actor, CaseEvent, SiblingSettledEvent } from './events';
import { foldCaseEvents } from './foldCaseEvents';
import { ownFinalResolution, siblingEffect, siblingSettledStep, termsForSibling } from './siblingSettlement';
import type { CaseParties, CaseState } from './state';
import type { Terms } from './terms';

const HOUR = 3_600_000;
const party = (clientId: string, label: string, managerId: string, managerName: string, officeId: string) => ({
  clientId,
  clientLabel: label,
  managerId,
  managerName,
  officeId,
  officeName: officeId,
  since: 1,
});
const negotiate48h = {
  outcome: { type: 'negotiate' as const, deadlineHours: 48 },
  explanation: 'Rule 3: across offices the managers negotiate first.',
};

// Sergey I., new in Vasya's office 2, matches two records Petya keeps in office 1: two cases.
const sergeyNew = party('n1', 'Sergey I.', 'vasya', 'Vasya', 'o2');
const sergeyA = party('p1', 'Ivanov S.', 'petya', 'Petya', 'o1');
const sergeyB = party('p2', 'Sergey Ivanov', 'petya', 'Petya', 'o1');
const twinA: CaseParties = {
  id: 'caseA',
  owner: sergeyA,
  newcomer: sergeyNew,
  recommendation: negotiate48h,
  detectedAt: 0,
};
const twinB: CaseParties = {
  id: 'caseB',
  owner: sergeyB,
  newcomer: sergeyNew,
  recommendation: negotiate48h,
  detectedAt: 0,
};
// Masha (office 3) also holds Sergey: a sibling with a third manager.
const withMasha: CaseParties = {
  id: 'caseC',
  owner: sergeyNew,
  newcomer: party('m1', 'S. Ivanov', 'masha', 'Masha', 'o3'),
  recommendation: negotiate48h,
  detectedAt: 0,
};
// Petya's record against Vasya from the other side: Vasya's record came first.
const swapped: CaseParties = {
  id: 'caseD',
  owner: party('n0', 'Sergey', 'vasya', 'Vasya', 'o2'),
  newcomer: sergeyA,
  recommendation: negotiate48h,
  detectedAt: 0,
};
const unrelated: CaseParties = {
  id: 'caseX',
  owner: party('p9', 'Olga K.', 'petya', 'Petya', 'o1'),
  newcomer: party('n9', 'Olga K.', 'vasya', 'Vasya', 'o2'),
  recommendation: negotiate48h,
  detectedAt: 0,
};

const petya: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const vasya: Actor = { userId: 'vasya', role: 'manager', officeId: 'o2' };
const lead2: Actor = { userId: 'lead2', role: 'lead', officeId: 'o2' };

// Petya keeps Sergey, 70/30 on the first order, 2 leads to Vasya.
const PETYA_KEEPS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 70, newcomer: 30 },
  laterOrdersSplit: { owner: 60, newcomer: 40, orders: 2 },
  leadsCompensation: { from: 'owner', count: 2 },
  disputedDeals: [],
  note: 'Petya keeps Sergey',
};

function agreedA(): CaseState {
  return foldCaseEvents(twinA, [
    { id: 'a1', caseId: 'caseA', at: HOUR, by: vasya, type: 'propose', terms: PETYA_KEEPS },
    { id: 'a2', caseId: 'caseA', at: 2 * HOUR, by: petya, type: 'accept', proposalId: 'a1' },
  ]);
}

const stepInto = (other: CaseParties, otherState: CaseState, settled = agreedA()): SiblingSettledEvent | null =>
  siblingSettledStep(twinA, settled, other, otherState, { id: `s-${other.id}`, at: 3 * HOUR });

describe('cases about the same client', () => {
  it('tells a twin (same two managers) from a sibling with a third manager and from an unrelated case', () => {
    expect(siblingEffect(twinA, twinB)).toBe('settles');
    expect(siblingEffect(twinA, swapped)).toBe('settles');
    expect(siblingEffect(twinA, withMasha)).toBe('informs');
    expect(siblingEffect(twinA, unrelated)).toBeNull();
    expect(siblingEffect(twinA, twinA)).toBeNull();
    expect(siblingEffect(twinA, { ...twinB, kind: 'company' })).toBeNull();
    expect(siblingEffect(twinA, { ...twinB, status: 'superseded' })).toBeNull();
    // Matched by a company domain alone: two people of one company, no sibling of anyone.
    const byDomain = { ...twinB, matched: [{ kind: 'domain' }] };
    expect(siblingEffect(twinA, byDomain)).toBeNull();
    expect(siblingEffect(byDomain, twinA)).toBeNull();
    expect(siblingEffect(twinA, { ...twinB, matched: [{ kind: 'phone' }, { kind: 'domain' }] })).toBe('settles');
  });

  it('settling one twin settles the other with the same outcome: no deadline, no escalation, leads owed once', () => {
    const b = foldCaseEvents(twinB, []);
    expect(b.deadline).toBe(48 * HOUR);
    const step = stepInto(twinB, b)!;
    expect(step.sibling).toMatchObject({ caseId: 'caseA', eventId: 'a2', kind: 'agreement', effect: 'settles' });
    expect(step.sibling).toMatchObject({
      clientId: 'n1',
      clientLabel: 'Sergey I.',
      otherClientLabel: 'Ivanov S.',
      keeperId: 'petya',
    });
    const settled = foldCaseEvents(twinB, [step]);
    expect(settled.phase).toBe('agreed');
    expect(settled.settledWith).toEqual({ caseId: 'caseA', eventId: 'a2' });
    expect(settled.agreed?.terms).toEqual({ ...PETYA_KEEPS, leadsCompensation: null });
    // Long after the 48 h clock: nothing escalates, and nothing more can be negotiated.
    const later = withDeadline(settled, 100 * HOUR).state;
    expect(later.phase).toBe('agreed');
    expect(later.escalation).toBeNull();
    const afterwards = foldCaseEvents(twinB, [
      step,
      { id: 'b1', caseId: 'caseB', at: 4 * HOUR, by: vasya, type: 'propose', terms: PETYA_KEEPS },
    ]);
    expect(afterwards.rejected.map((r) => r.reason)).toEqual([
      'This case was settled together with another case about the same client; it is closed.',
    ]);
    // Settling by a sibling moves no one further: no chains.
    expect(ownFinalResolution(settled)).toBeNull();
  });

  it('the terms follow the managers when their sides are the other way round', () => {
    const terms = termsForSibling(PETYA_KEEPS, twinA, swapped)!;
    expect(terms).toEqual({
      keeper: 'newcomer',
      firstOrderSplit: { owner: 30, newcomer: 70 },
      laterOrdersSplit: { owner: 40, newcomer: 60, orders: 2 },
      leadsCompensation: null,
      disputedDeals: [],
      note: 'Petya keeps Sergey',
    });
    expect(termsForSibling(PETYA_KEEPS, twinA, withMasha)).toBeNull();
  });

  it('a lead’s decision settles an escalated twin as decided', () => {
    const decidedA = foldCaseEvents(twinA, [
      { id: 'a1', caseId: 'caseA', at: HOUR, by: vasya, type: 'escalate', reason: 'No.' },
      { id: 'a2', caseId: 'caseA', at: 2 * HOUR, by: lead2, type: 'decide', terms: PETYA_KEEPS },
    ]);
    const escalatedB = foldCaseEvents(twinB, [
      { id: 'b1', caseId: 'caseB', at: HOUR, by: petya, type: 'escalate', reason: 'No.' },
    ]);
    const step = stepInto(twinB, escalatedB, decidedA)!;
    const b = foldCaseEvents(twinB, [
      { id: 'b1', caseId: 'caseB', at: HOUR, by: petya, type: 'escalate', reason: 'No.' },
      step,
    ]);
    expect(b.phase).toBe('decided');
    expect(b.decided?.by).toEqual(lead2);
  });

  it('a sibling with a third manager is informed, never decided', () => {
    const c = foldCaseEvents(withMasha, []);
    const step = stepInto(withMasha, c)!;
    expect(step).toMatchObject({ terms: null, sibling: { effect: 'informs', keeperName: 'Petya' } });
    const informed = foldCaseEvents(withMasha, [step]);
    expect(informed.phase).toBe('open');
    expect(informed.deadline).toBe(48 * HOUR);
    expect(informed.history.map((h) => h.type)).toEqual(['siblingSettled']);
    expect(informed.agreed ?? informed.decided).toBeNull();
  });

  it('nothing is due for an unrelated case, a closed twin, or a case not final by its own step', () => {
    expect(stepInto(unrelated, foldCaseEvents(unrelated, []))).toBeNull();
    const closedB = foldCaseEvents(twinB, [
      { id: 'b1', caseId: 'caseB', at: HOUR, by: vasya, type: 'propose', terms: PETYA_KEEPS },
      { id: 'b2', caseId: 'caseB', at: 2 * HOUR, by: petya, type: 'accept', proposalId: 'b1' },
    ]);
    expect(stepInto(twinB, closedB)).toBeNull();
    expect(stepInto(twinB, foldCaseEvents(twinB, []), foldCaseEvents(twinA, []))).toBeNull();
  });

  it('a forged step cannot settle a case differently from its sibling', () => {
    const honest = stepInto(twinB, foldCaseEvents(twinB, []))!;
    const forged: CaseEvent[] = [
      { ...honest, id: 'f1', terms: { ...honest.terms!, keeper: 'newcomer' } },
      { ...honest, id: 'f2', terms: { ...honest.terms!, leadsCompensation: { from: 'owner', count: 5 } } },
      { ...honest, id: 'f3', sibling: { ...honest.sibling, keeperId: 'masha' } },
      { ...honest, id: 'f4', terms: null },
      { ...honest, id: 'f5', sibling: { ...honest.sibling, caseId: 'caseB' } },
    ];
    for (const event of forged) expect(foldCaseEvents(twinB, [event]).phase).toBe('open');
  });

  it('the stored step folds as the step the endpoint computed', () => {
    const step = stepInto(twinB, foldCaseEvents(twinB, []))!;
    expect(caseEventFromDoc(siblingStepToDoc(step, ['o1', 'o2'], 'Petya'))).toEqual(step);
  });
});
