// Valid documents of the replicated collections, as an office would push them.
import { randomUUID } from 'node:crypto';
import type { PushRow, SyncDocument } from '../../shared/sync';

/** Each test office's manager (createTeam): the person an office's documents name by default. */
const officeManagers = new Map<string, { id: string; name: string }>();

export function rememberOfficeManager(officeId: string, manager: { id: string; name: string }): void {
  officeManagers.set(officeId, manager);
}

/** The office's manager, as the endpoint accepts them from the office's manager, lead or an admin. */
function managerOf(officeId: string): { id: string; name: string } {
  return officeManagers.get(officeId) ?? { id: 'owner-1', name: 'Petya' };
}

/** Documents are dated now: the endpoint believes a time only back to the session's previous push. */
export function clientDoc(officeId: string, overrides: Partial<SyncDocument<'clients'>> = {}): SyncDocument<'clients'> {
  const id = overrides.id ?? randomUUID();
  const owner = managerOf(officeId);
  const now = Date.now();
  return {
    id,
    officeId,
    ownerId: owner.id,
    ownerName: owner.name,
    fullName: `Client ${id.slice(0, 8)}`,
    sortName: `client ${id.slice(0, 8)}`,
    phones: [{ e164: '+79161234567', extension: '' }],
    emails: ['client@example.ru'],
    company: '',
    notes: '',
    identityKeys: ['phone:+79161234567'],
    householdId: '',
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
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
  const author = managerOf(officeId);
  const now = Date.now();
  return {
    id: randomUUID(),
    clientId,
    officeId,
    type: 'call',
    at: now,
    authorId: author.id,
    authorName: author.name,
    note: 'Asked about Antalya in May',
    createdAt: now,
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
