import { describe, expect, it } from 'vitest';
import { caseDoc, HOUR, sixtyForty, step, T0 } from '../../../test/support/caseForTests';
import { inboxStatus } from './inboxStatus';

const petya = { userId: 'petya', officeId: 'o1', role: 'manager' as const };
const masha = { userId: 'masha', officeId: 'o2', role: 'manager' as const };
const lead = { userId: 'anna', officeId: 'o1', role: 'lead' as const };
const proposal = step('p1', 'masha', T0, { type: 'propose', terms: sixtyForty });
const deadline = step('d1', 'petya', T0 - HOUR, { type: 'deadlineSet', deadline: T0 + 48 * HOUR });

describe('inbox status', () => {
  it('shows whose move it is', () => {
    expect(inboxStatus(caseDoc, [proposal], petya, T0 + HOUR)).toEqual({ phase: 'negotiating', attention: 'yourMove' });
    expect(inboxStatus(caseDoc, [proposal], masha, T0 + HOUR)).toEqual({ phase: 'negotiating', attention: null });
    expect(inboxStatus(caseDoc, [], petya, T0)).toEqual({ phase: 'open', attention: null });
  });

  it('tells a lead of an involved office that a case past its deadline needs a decision', () => {
    expect(inboxStatus(caseDoc, [deadline, proposal], lead, T0 + HOUR)).toEqual({
      phase: 'negotiating',
      attention: null,
    });
    expect(inboxStatus(caseDoc, [deadline, proposal], lead, T0 + 49 * HOUR)).toEqual({
      phase: 'escalated',
      attention: 'needsDecision',
    });
    expect(
      inboxStatus(caseDoc, [deadline, proposal], { ...lead, officeId: 'o3' }, T0 + 49 * HOUR).attention,
    ).toBeNull();
  });
});
