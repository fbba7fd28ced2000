import { describe, expect, it } from 'vitest';
import { caseIdFor } from './caseId';
import type { ClaimFact } from './claimFact';
import { detectCases } from './detectCases';

function claim(clientId: string, keyHash: string, over: Partial<ClaimFact> = {}): ClaimFact {
  return {
    keyHash,
    kind: 'phone',
    display: '+7 916 ***-**-67',
    clientId,
    clientLabel: `Client ${clientId}`,
    ownerId: 'petya',
    ownerName: 'Petya',
    officeId: 'o1',
    officeName: 'Office 1',
    since: 100,
    ...over,
  };
}

describe('caseIdFor', () => {
  it('is the same whichever client comes first', () => {
    expect(caseIdFor('b', 'a')).toBe(caseIdFor('a', 'b'));
    expect(caseIdFor('a', 'b')).not.toBe(caseIdFor('a', 'c'));
  });
});

describe('detectCases', () => {
  const masha = { ownerId: 'masha', ownerName: 'Masha', officeId: 'o2', officeName: 'Office 2' };

  it('opens one case per other manager’s client, with the earlier claim as owner', () => {
    const mine = [
      claim('new', 'h1', { ...masha, since: 500 }),
      claim('new', 'h2', { ...masha, kind: 'email', display: 'p***@gmail.com', since: 500 }),
    ];
    const known = [
      claim('old', 'h1'),
      claim('old', 'h2', { kind: 'email', display: 'p***@gmail.com' }),
      claim('unrelated', 'h9'),
    ];
    const { cases, merges } = detectCases(mine, known);
    expect(merges).toEqual([]);
    expect(cases).toEqual([
      {
        id: caseIdFor('new', 'old'),
        owner: expect.objectContaining({ clientId: 'old', managerName: 'Petya', officeName: 'Office 1', since: 100 }),
        newcomer: expect.objectContaining({
          clientId: 'new',
          managerName: 'Masha',
          officeName: 'Office 2',
          since: 500,
        }),
        matched: [
          { kind: 'phone', display: '+7 916 ***-**-67' },
          { kind: 'email', display: 'p***@gmail.com' },
        ],
      },
    ]);
  });

  it('finds the same case from either side', () => {
    const older = [claim('old', 'h1')];
    const newer = [claim('new', 'h1', { ...masha, since: 500 })];
    const fromNew = detectCases(newer, older).cases[0];
    const fromOld = detectCases(older, newer).cases[0];
    expect(fromOld).toEqual(fromNew);
  });

  it('turns a match within one manager’s clients into a merge suggestion, not a case', () => {
    const { cases, merges } = detectCases([claim('b', 'h1', { since: 300 })], [claim('a', 'h1')]);
    expect(cases).toEqual([]);
    expect(merges).toEqual([{ clientIds: ['a', 'b'], managerId: 'petya' }]);
  });

  it('opens nothing without a shared key', () => {
    expect(detectCases([claim('b', 'h1', masha)], [claim('a', 'h2')])).toEqual({ cases: [], merges: [] });
    expect(detectCases([], [claim('a', 'h2')])).toEqual({ cases: [], merges: [] });
  });

  it('breaks a tie in since by client id, so both sides agree on the owner', () => {
    const x = [claim('x', 'h1', { since: 100 })];
    const y = [claim('y', 'h1', { ...masha, since: 100 })];
    expect(detectCases(x, y).cases[0]!.owner.clientId).toBe('x');
    expect(detectCases(y, x).cases[0]!.owner.clientId).toBe('x');
  });
});
