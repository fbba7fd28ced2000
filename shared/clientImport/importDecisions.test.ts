import { describe, expect, it } from 'vitest';
import type { ClaimsLookupMatch } from '../sync';
import { DEFAULT_IMPORT_CHOICES, decideImport } from './importDecisions';
import type { ImportGroup } from './importPlan';

const owner = { officeId: 'o1', ownerId: 'u1', ownerName: 'Petya' };
const group = (id: string, keys: string[]): ImportGroup => ({
  rows: [1],
  keys,
  problems: [],
  doc: { id } as ImportGroup['doc'],
});
const match = (over: Partial<ClaimsLookupMatch>): ClaimsLookupMatch => ({
  clientId: 'c',
  clientLabel: 'Иванов П.',
  ownerId: 'u9',
  ownerName: 'Masha',
  officeId: 'o2',
  officeName: 'Office 2',
  since: 1,
  lastActivityAt: 1,
  kind: 'phone',
  display: '+7 916 ***-**-22',
  ...over,
});

describe('decideImport', () => {
  const groups = [
    group('new', ['phone:+1']),
    group('mine', ['phone:+2']),
    group('colleague', ['phone:+3']),
    group('other', ['phone:+4']),
    group('again', ['phone:+5']),
    { rows: [6], keys: [], problems: [], doc: null },
  ];
  const results = [
    { key: 'phone:+1', matches: [] },
    { key: 'phone:+2', matches: [match({ ownerId: 'u1', officeId: 'o1' })] },
    { key: 'phone:+3', matches: [match({ ownerId: 'u2', officeId: 'o1' })] },
    { key: 'phone:+4', matches: [match({})] },
    { key: 'phone:+5', matches: [match({ clientId: 'again', ownerId: 'u1', officeId: 'o1' })] },
  ];

  it('by default imports the new and another office’s people, leaves the owner’s, a colleague’s and earlier runs’', () => {
    const decided = decideImport(groups, results, owner, DEFAULT_IMPORT_CHOICES);
    expect(decided.map((d) => [d.standing, d.write])).toEqual([
      ['new', true],
      ['ownerHas', false],
      ['colleague', false],
      ['otherOffice', true],
      ['alreadyImported', false],
      ['invalid', false],
    ]);
    expect(decided[3]!.holders.map((h) => h.ownerName)).toEqual(['Masha']);
    expect(decided[4]!.holders).toEqual([]);
  });

  it('follows the choices for colleagues and other offices', () => {
    const decided = decideImport(groups, results, owner, { colleague: 'import', otherOffice: 'skip' });
    expect(decided.map((d) => d.write)).toEqual([true, false, true, false, false, false]);
  });
});
