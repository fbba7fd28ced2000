import { describe, expect, it } from 'vitest';
import type { CaseParty } from '../../cases/detectedCase';
import { siblingGroups } from './caseSiblings';

const party = (clientId: string): CaseParty => ({
  clientId,
  clientLabel: clientId,
  managerId: `m-${clientId}`,
  managerName: clientId,
  officeId: 'o1',
  officeName: 'o1',
  since: 1,
});
const personCase = (
  id: string,
  owner: string,
  newcomer: string,
  extra: { kind?: 'company'; status?: 'superseded' } = {},
) => ({
  id,
  owner: party(owner),
  newcomer: party(newcomer),
  status: 'open' as const,
  ...extra,
});

describe('cases about the same client', () => {
  it('groups cases that share a client, through a shared sibling too', () => {
    const groups = siblingGroups([
      personCase('a', 'p1', 'n1'),
      personCase('b', 'p2', 'n1'),
      personCase('c', 'p2', 'm1'),
      personCase('x', 'p9', 'n9'),
    ]);
    expect(groups.get('a')).toEqual(['b', 'c']);
    expect(groups.get('b')).toEqual(['a', 'c']);
    expect(groups.has('x')).toBe(false);
  });

  it('never groups company notices or superseded cases', () => {
    const groups = siblingGroups([
      personCase('a', 'p1', 'n1'),
      personCase('co', 'p1', 'n1', { kind: 'company' }),
      personCase('old', 'p1', 'n1', { status: 'superseded' }),
    ]);
    expect(groups.size).toBe(0);
  });
});
