import { describe, expect, it } from 'vitest';
import type { CaseParty } from '../../../shared/cases/detectedCase';
import {
  caseLabel,
  groupSiblings,
  involves,
  matchesOffice,
  officePairOf,
  officePairs,
  sides,
  sortCases,
} from './caseView';

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

describe('inbox grouping and office filter', () => {
  const inside = { ...c, id: 'in', newcomer: party('vasya', 'o1', 'Ivanov S.') };
  it('names office pairs in one order whichever side is whose, and tells cases inside an office', () => {
    const swapped = { ...c, owner: c.newcomer, newcomer: c.owner };
    expect(officePairOf(c)).toEqual({ key: 'o1|o2', names: ['o1', 'o2'] });
    expect(officePairOf(swapped).key).toBe('o1|o2');
    expect(officePairOf(inside)).toEqual({ key: 'o1', names: ['o1'] });
    expect(officePairs([c, swapped, inside]).map((p) => p.key)).toEqual(['o1', 'o1|o2']);
    expect(matchesOffice(inside, { kind: 'myOffice' }, 'o1')).toBe(true);
    expect(matchesOffice(c, { kind: 'myOffice' }, 'o1')).toBe(false);
    expect(matchesOffice(swapped, { kind: 'pair', key: 'o1|o2' }, 'o1')).toBe(true);
  });

  it('lists cases about the same client together, where the newest of them stands', () => {
    const rows = [
      { doc: { id: 'b' }, siblingIds: ['d'] },
      { doc: { id: 'x' }, siblingIds: [] },
      { doc: { id: 'd' }, siblingIds: ['b'] },
    ];
    expect(groupSiblings(rows).map((g) => [g.size, g.rows.map((r) => r.doc.id)])).toEqual([
      [2, ['b', 'd']],
      [1, ['x']],
    ]);
    // A filter may hide a sibling: the group still says how many cases there are.
    expect(groupSiblings([rows[2]!])).toEqual([{ key: 'b', size: 2, rows: [rows[2]] }]);
  });
});
