import { describe, expect, it } from 'vitest';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { CaseEvidence, EvidenceSide, SessionUser } from '../../../shared/sync';
import { evidenceForReader, evidenceReaderOf, matchesCompanyOnly } from './evidenceView';

const deal = {
  dealId: 'd1',
  title: 'Antalya, 7 nights',
  travelStart: '2025-05-01',
  travelEnd: '2025-05-08',
  currency: 'RUB',
  amountMinor: 15_000_000,
  marginMinor: 1_500_000,
  status: 'paid' as const,
  managerId: 'petya',
  managerName: 'Petya',
};

const side = (managerName: string, note: string, sharedNotes = false): EvidenceSide => ({
  clientId: `client-${managerName}`,
  clientLabel: 'Ivanov P.',
  managerName,
  officeName: `Office of ${managerName}`,
  since: 1,
  detail: 'full',
  sharedNotes,
  activities: [
    { id: `${managerName}-deal`, type: 'deal', at: 30, authorName: managerName, note: '', deal },
    { id: `${managerName}-call`, type: 'call', at: 20, authorName: managerName, note },
  ],
  deals: [deal],
  firstActivityAt: 20,
  lastActivityAt: 30,
});

const full = (ownerShared = false): CaseEvidence => ({
  caseId: 'case-1',
  owner: side('Petya', 'Petya’s secret', ownerShared),
  newcomer: side('Masha', 'Masha’s secret'),
  firstContact: 'owner',
  readerSides: [],
});

const caseDoc: Pick<CaseDoc, 'owner' | 'newcomer' | 'officeIds' | 'matched'> = {
  officeIds: ['o1', 'o2'],
  owner: {
    clientId: 'a',
    clientLabel: '',
    managerId: 'petya',
    managerName: 'Petya',
    officeId: 'o1',
    officeName: '',
    since: 1,
  },
  newcomer: {
    clientId: 'b',
    clientLabel: '',
    managerId: 'masha',
    managerName: 'Masha',
    officeId: 'o2',
    officeName: '',
    since: 2,
  },
  matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
};
const companyOnly = { ...caseDoc, matched: [{ kind: 'domain' as const, display: 'acme.ru' }] };

const user = (id: string, role: SessionUser['role'], officeId: string | null): SessionUser => ({
  id,
  name: id,
  role,
  officeId,
});
const masha = user('masha', 'manager', 'o2');

describe('evidence as its reader may see it', () => {
  it('gives a party its own side in full and the other side as kinds, dates and authors only', () => {
    const seen = evidenceForReader(full(), evidenceReaderOf(masha, caseDoc), caseDoc);
    expect(seen.newcomer).toEqual(full().newcomer);
    expect(seen.owner.detail).toBe('outline');
    expect(seen.owner.activities).toEqual([
      { id: 'Petya-deal', type: 'deal', at: 30, authorName: 'Petya', dealStatus: 'paid', dealId: expect.any(String) },
      { id: 'Petya-call', type: 'call', at: 20, authorName: 'Petya' },
    ]);
    expect(seen.owner.deals).toEqual([]);
    expect([seen.owner.firstActivityAt, seen.owner.lastActivityAt]).toEqual([20, 30]);
    expect(seen.firstContact).toBe('owner');
    expect(seen.readerSides).toEqual(['newcomer']);
    expect(JSON.stringify(seen.owner)).not.toMatch(/secret|Antalya|15000000|1500000/);
  });

  it('shows the other side’s notes once that side shared them, still without its deals', () => {
    const seen = evidenceForReader(full(true), evidenceReaderOf(masha, caseDoc), caseDoc);
    expect(seen.owner.activities.map((a) => a.note)).toEqual(['', 'Petya’s secret']);
    expect(seen.owner.sharedNotes).toBe(true);
    expect(JSON.stringify(seen.owner)).not.toMatch(/Antalya|15000000|1500000/);
  });

  it('gives leads of an involved office and admins everything', () => {
    for (const reader of [user('lead1', 'lead', 'o1'), user('lead2', 'lead', 'o2'), user('root', 'admin', null)]) {
      const seen = evidenceForReader(full(), evidenceReaderOf(reader, caseDoc), caseDoc);
      expect(seen).toEqual(full());
    }
  });

  it('treats a lead who manages a side as a decider who may share that side’s notes', () => {
    const petyaTheLead = user('petya', 'lead', 'o1');
    expect(evidenceReaderOf(petyaTheLead, caseDoc)).toEqual({ kind: 'decider', sides: ['owner'] });
    expect(evidenceForReader(full(), evidenceReaderOf(petyaTheLead, caseDoc), caseDoc).readerSides).toEqual(['owner']);
  });

  it('withholds the other side of a company-only match from parties, not from deciders', () => {
    expect(matchesCompanyOnly(companyOnly)).toBe(true);
    expect(matchesCompanyOnly({ matched: [...companyOnly.matched, ...caseDoc.matched] })).toBe(false);
    const seen = evidenceForReader(full(true), evidenceReaderOf(masha, companyOnly), companyOnly);
    expect(seen.owner).toMatchObject({
      detail: 'withheld',
      managerName: 'Petya',
      officeName: 'Office of Petya',
      activities: [],
      deals: [],
      firstActivityAt: null,
      lastActivityAt: null,
    });
    expect(seen.firstContact).toBeNull();
    expect(seen.newcomer).toEqual(full().newcomer);
    const lead = evidenceForReader(full(), evidenceReaderOf(user('lead1', 'lead', 'o1'), companyOnly), companyOnly);
    expect(lead).toEqual(full());
  });
});
