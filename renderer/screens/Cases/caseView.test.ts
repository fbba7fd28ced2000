import { describe, expect, it } from 'vitest';
import type { CaseParty } from '../../../shared/cases/detectedCase';
import { caseLabel, involves, sides, sortCases } from './caseView';

const party = (managerId: string, officeId: string, clientLabel: string): CaseParty => ({
  clientId: `c-${managerId}`,
  clientLabel,
  managerId,
  managerName: managerId,
  officeId,
  officeName: officeId,
  since: 1,
});
const c = {
  id: 'case:1',
  owner: party('petya', 'o1', 'Ivanov P.'),
  newcomer: party('masha', 'o2', 'Ivanova P.'),
  officeIds: ['o1', 'o2'],
  detectedAt: 5,
};

describe('case view', () => {
  it('knows my side, by manager first and by office second', () => {
    expect(sides(c, { userId: 'masha', officeId: 'o2' })?.mine.managerId).toBe('masha');
    expect(sides(c, { userId: 'petya', officeId: 'o1' })?.other.managerId).toBe('masha');
    expect(sides(c, { userId: 'lead1', officeId: 'o1' })?.mine.managerId).toBe('petya');
    expect(sides(c, { userId: 'x', officeId: 'o3' })).toBeNull();
    expect(caseLabel(c, { userId: 'masha', officeId: 'o2' })).toBe('Ivanova P.');
    expect(caseLabel(c, { userId: 'x', officeId: 'o3' })).toBe('Ivanov P.');
  });

  it('lists only cases of me or my office, newest first', () => {
    expect(involves(c, { userId: 'x', officeId: 'o3' })).toBe(false);
    expect(involves(c, { userId: 'x', officeId: 'o2' })).toBe(true);
    expect(
      sortCases([
        { ...c, id: 'a', detectedAt: 1 },
        { ...c, id: 'b', detectedAt: 9 },
        { ...c, id: 'c', detectedAt: 9 },
      ]).map((x) => x.id),
    ).toEqual(['b', 'c', 'a']);
  });
});
