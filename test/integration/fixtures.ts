// Valid documents of the replicated collections, as an office would push them.
import { randomUUID } from 'node:crypto';
import type { PushRow, SyncDocument } from '../../shared/sync';

export function clientDoc(officeId: string, overrides: Partial<SyncDocument<'clients'>> = {}): SyncDocument<'clients'> {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    officeId,
    ownerId: 'owner-1',
    ownerName: 'Petya',
    fullName: `Client ${id.slice(0, 8)}`,
    sortName: `client ${id.slice(0, 8)}`,
    phones: [{ e164: '+79161234567', extension: '' }],
    emails: ['client@example.ru'],
    company: '',
    notes: '',
    identityKeys: ['phone:+79161234567'],
    householdId: '',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    lastActivityAt: 1_700_000_000_000,
    mergeHistory: [],
    _deleted: false,
    ...overrides,
  } as SyncDocument<'clients'>;
}

export function activityDoc(
  officeId: string,
  clientId: string,
  overrides: Partial<SyncDocument<'activities'>> = {},
): SyncDocument<'activities'> {
  return {
    id: randomUUID(),
    clientId,
    officeId,
    type: 'call',
    at: 1_700_000_000_000,
    authorId: 'owner-1',
    authorName: 'Petya',
    note: 'Asked about Antalya in May',
    createdAt: 1_700_000_000_000,
    _deleted: false,
    ...overrides,
  } as SyncDocument<'activities'>;
}

export function inserts<T extends SyncDocument>(docs: T[]): PushRow[] {
  return docs.map((d) => ({ assumedMasterState: null, newDocumentState: d }) as PushRow);
}

/** A client owned by a real account (claims and cases name the owner), with no keys unless given. */
export function ownedClient(
  team: { office: { id: string }; managerUser: { id: string; name: string } },
  overrides: Partial<SyncDocument<'clients'>> = {},
): SyncDocument<'clients'> {
  return clientDoc(team.office.id, {
    ownerId: team.managerUser.id,
    ownerName: team.managerUser.name,
    phones: [],
    emails: [],
    identityKeys: [],
    ...overrides,
  });
}

export const phone = (e164: string, extension = ''): { e164: string; extension: string } => ({ e164, extension });
