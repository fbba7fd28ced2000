import { describe, expect, it } from 'vitest';
import { caseIdFor, companyNoticeIdFor } from './caseId';
import type { ClaimFact } from './claimFact';
import { claimsOfClient, type ClaimSource } from './claimsOfClient';
import { companyHoldersIn } from './companyHolders';
import { detectCases, HOLDERS_COMPARED_PER_KEY } from './detectCases';

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

describe('detectCases at a company', () => {
  const masha = { ownerId: 'masha', ownerName: 'Маша', officeId: 'o2', officeName: 'Офис 2' };
  const domain = (clientId: string, over: Partial<ClaimFact> = {}) =>
    claim(clientId, 'alfa', { kind: 'domain', display: 'alfa-corp.ru', ownerName: 'Петя Иванов', ...over });
  const petyas = Array.from({ length: 220 }, (_, i) =>
    domain(`p${String(i).padStart(3, '0')}`, { since: 100 + i, officeName: 'Офис 1' }),
  );
  const newcomer = [domain('new', { ...masha, since: 10_000 })];

  it('opens one company notice for a new contact at a company of 220 clients, naming its manager and count', () => {
    const { cases, merges } = detectCases(
      newcomer,
      petyas.slice(0, HOLDERS_COMPARED_PER_KEY),
      companyHoldersIn(petyas),
    );
    expect(merges).toEqual([]);
    expect(cases).toEqual([
      {
        id: companyNoticeIdFor('alfa-corp.ru', 'new'),
        kind: 'company',
        owner: expect.objectContaining({ clientId: 'p000', managerId: 'petya' }),
        newcomer: expect.objectContaining({ clientId: 'new', managerId: 'masha' }),
        matched: [{ kind: 'domain', display: 'alfa-corp.ru' }],
        company: {
          domain: 'alfa-corp.ru',
          managers: [
            { managerId: 'petya', managerName: 'Петя Иванов', officeId: 'o1', officeName: 'Офис 1', clients: 220 },
          ],
        },
      },
    ]);
  });

  it('counts among the holders it was given when nobody counted them', () => {
    const [notice] = detectCases(newcomer, petyas.slice(0, 50)).cases;
    expect(notice?.company?.managers[0]?.clients).toBe(50);
  });

  it('gives a client matched by phone and domain the person case only', () => {
    const mine = [claim('new', 'h1', { ...masha, since: 10_000 }), ...newcomer];
    const known = [claim('p005', 'h1', { since: 105 }), ...petyas.slice(0, 50)];
    const { cases } = detectCases(mine, known, companyHoldersIn(petyas));
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: caseIdFor('new', 'p005'), matched: [{ kind: 'phone' }, { kind: 'domain' }] });
    expect(cases[0]!.kind).toBeUndefined();
  });

  it('opens no notice for the company’s earliest client, nor between one manager’s clients', () => {
    const first = [domain('first', { ...masha, since: 1 })];
    expect(detectCases(first, petyas.slice(0, 50)).cases).toEqual([]);
    const { cases, merges } = detectCases([domain('later', { since: 9_999 })], petyas.slice(0, 50));
    expect(cases).toEqual([]);
    expect(merges).toEqual([]);
  });

  it('never takes a free-mail address for a company', () => {
    const source = (id: string, ownerId: string, email: string): ClaimSource => ({
      id,
      fullName: id,
      phones: [],
      emails: [email],
      ownerId,
      officeId: 'o1',
      createdAt: id === 'a' ? 1 : 2,
      lastActivityAt: 0,
    });
    const names = { owner: 'x', office: 'Office 1' };
    const a = claimsOfClient(source('a', 'petya', 'anna@gmail.com'), (k) => k, names);
    const b = claimsOfClient(source('b', 'masha', 'boris@gmail.com'), (k) => k, names);
    expect([...a, ...b].some((c) => c.kind === 'domain')).toBe(false);
    expect(detectCases(b, a).cases).toEqual([]);
  });
});
