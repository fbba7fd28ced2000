// The endpoint's gate and the offices' fold agree on a case settled by its twin: the gate accepts
// the stored step on top of the case, and refuses a later-arriving step that would overturn it.
import { describe, expect, it } from 'vitest';
import {
  foldCaseEvents,
  siblingSettledStep,
  type Actor,
  type CaseEvent,
  type CaseParties,
  type Terms,
} from '../../../shared/workflow';
import { refuseCaseSteps } from './stepRefusal';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: '',
};
const party = (clientId: string, managerId: string, officeId: string) => ({
  clientId,
  clientLabel: 'Ivanov S.',
  managerId,
  managerName: managerId,
  officeId,
  officeName: officeId,
  since: 1,
});
const newcomer = party('n1', 'vasya', 'o2');
const twinA: CaseParties = { id: 'caseA', owner: party('p1', 'petya', 'o1'), newcomer };
const twinB: CaseParties = { id: 'caseB', owner: party('p2', 'petya', 'o1'), newcomer };
const petya: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const vasya: Actor = { userId: 'vasya', role: 'manager', officeId: 'o2' };

const steps = (caseId: string, proposeAt: number): CaseEvent[] => [
  { id: `${caseId}-p`, caseId, at: proposeAt, by: vasya, type: 'propose', terms: TERMS },
  { id: `${caseId}-a`, caseId, at: proposeAt + 1, by: petya, type: 'accept', proposalId: `${caseId}-p` },
];

describe('the endpoint gate on a case settled by its twin', () => {
  const settledA = foldCaseEvents(twinA, steps('caseA', 100));
  const sibling = siblingSettledStep(twinA, settledA, twinB, foldCaseEvents(twinB, []), { id: 's1', at: 500 })!;

  it('accepts the settling step and then refuses anything but what a closed case allows', () => {
    expect(refuseCaseSteps(twinB, [], [sibling])).toBeNull();
    const after = refuseCaseSteps(twinB, [sibling], [{ ...steps('caseB', 600)[0]! }]);
    expect(after).toMatchObject({ status: 409, reason: expect.stringContaining('settled together') });
  });

  it('refuses an offline agreement dated before the settlement that would overturn it', () => {
    const late = refuseCaseSteps(twinB, [sibling], steps('caseB', 200));
    expect(late).toMatchObject({ status: 409, reason: expect.stringContaining('settled together') });
  });
});
