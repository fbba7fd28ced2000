// The endpoint decides who wrote what, for whom, and when: before a push of clients or activities is
// stored, the people it names are checked against the signed-in account (403, nothing written), a
// deal edition against its deal's office, and its times against the session's window (clamped).
import type { ActivityDoc, ClientDoc } from '../../../shared/db';
import { foldDealEditions } from '../../../shared/deals';
import type { PushableCollectionName, PushRow, SessionUser, SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { attestTimes, type AttestedCollection } from './attestTimes';
import {
  checkActivityAuthor,
  checkClientOwner,
  checkDealManager,
  checkImportMarker,
  type PeopleOffices,
} from './checkAuthorship';
import { checkDealEdition } from './checkDealEditions';
import { checkSamePerson, samePersonIds } from './checkSamePerson';
import { dealOrigins } from './dealOrigin';
import { recordPush, type PushSession } from './pushSession';

const jsonIds = (ids: Iterable<string>): string => JSON.stringify([...new Set(ids)]);
const textArray = (param: string): string => `array(select jsonb_array_elements_text(${param}::jsonb))`;

async function storedData(
  db: SqlExecutor,
  collection: AttestedCollection,
  ids: Iterable<string>,
): Promise<Map<string, Record<string, unknown>>> {
  const rows = await db.query<{ id: string; data: Record<string, unknown> }>(
    `select id, data from documents where collection = $1 and id = any(${textArray('$2')})`,
    [collection, jsonIds(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.data]));
}

/**
 * The offices of the people a push names, other than the pusher (who may always name themselves:
 * mayName), so a manager's push of their own work costs no query here.
 */
async function peopleOffices(db: SqlExecutor, user: SessionUser, named: Iterable<string>): Promise<PeopleOffices> {
  const ids = [...named].filter((id) => id !== user.id);
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; office_id: string | null }>(
    `select id, office_id from active_users where id = any(${textArray('$1')})`,
    [jsonIds(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.office_id]));
}

/** Stored editions of the given deals, in the order the endpoint received them. */
async function storedEditions(
  db: SqlExecutor,
  dealIds: Iterable<string>,
): Promise<{ data: ActivityDoc; deleted: boolean }[]> {
  return db.query<{ data: ActivityDoc; deleted: boolean }>(
    `select data, deleted from documents
      where collection = 'activities' and (data->>'type') = 'deal' and (data->'deal'->>'dealId') = any(${textArray('$1')})
      order by seq`,
    [jsonIds(dealIds)],
  );
}

async function checkActivities(
  db: SqlExecutor,
  user: SessionUser,
  docs: readonly SyncDocument<'activities'>[],
  stored: ReadonlyMap<string, Record<string, unknown>>,
): Promise<void> {
  const added = docs.filter((d) => !stored.has(d.id));
  const dealIds = added.flatMap((d) => (d.deal ? [d.deal.dealId] : []));
  const [people, editions] = await Promise.all([
    peopleOffices(
      db,
      user,
      added.flatMap((d) => [d.authorId, ...(d.deal ? [d.deal.managerId] : [])]),
    ),
    dealIds.length ? storedEditions(db, dealIds) : Promise.resolve([]),
  ]);
  // Stored editions first: a new deal's origin is its first edition in this push.
  const origins = dealOrigins([...editions.map((e) => e.data), ...added]);
  const folded = new Map(
    foldDealEditions(editions.filter((e) => !e.deleted).map((e) => e.data)).map((d) => [d.dealId, d]),
  );
  for (const doc of added) {
    checkImportMarker(user, doc.id, doc.importedFrom, undefined);
    checkActivityAuthor(user, doc, people);
    checkDealEdition(doc, origins);
    checkDealManager(user, doc, doc.deal ? (folded.get(doc.deal.dealId)?.current.managerId ?? null) : null, people);
  }
}

async function checkClients(
  db: SqlExecutor,
  user: SessionUser,
  docs: readonly SyncDocument<'clients'>[],
  stored: ReadonlyMap<string, Record<string, unknown>>,
): Promise<void> {
  const pushed = new Map(docs.map((d) => [d.id, d as ClientDoc]));
  const named = new Set(docs.flatMap((d) => samePersonIds(d)));
  const [people, others] = await Promise.all([
    peopleOffices(
      db,
      user,
      docs.map((d) => d.ownerId),
    ),
    named.size ? storedData(db, 'clients', named) : Promise.resolve(new Map<string, Record<string, unknown>>()),
  ]);
  const records = (id: string) => ({
    stored: ((others.get(id) ?? stored.get(id)) as ClientDoc | undefined) ?? null,
    pushed: pushed.get(id) ?? null,
  });
  for (const doc of docs) {
    const before = (stored.get(doc.id) ?? null) as ClientDoc | null;
    checkImportMarker(user, doc.id, doc.importedFrom, before?.importedFrom);
    checkClientOwner(user, doc, before, people);
    checkSamePerson(user, doc, before, records);
  }
}

/**
 * Checks and dates a push of clients or activities (case steps have their own gate: checkCaseSteps):
 * the rows to store, the same documents with their times as the endpoint believes them. Runs in
 * the push's transaction (documentStore's `attest` hook) with what is stored of the pushed
 * documents; throws the ApiFailure of the first document that may not be written.
 */
export async function attestPush<C extends PushableCollectionName>(
  db: SqlExecutor,
  session: PushSession,
  user: SessionUser,
  rows: readonly PushRow<C>[],
  stored: ReadonlyMap<string, Record<string, unknown>>,
): Promise<PushRow<C>[]> {
  if (session.collection === 'caseevents') return [...rows];
  const attested = session.collection as AttestedCollection;
  const docs = rows.map((r) => r.newDocumentState) as unknown as SyncDocument<AttestedCollection>[];
  if (attested === 'clients') await checkClients(db, user, docs as SyncDocument<'clients'>[], stored);
  else await checkActivities(db, user, docs as SyncDocument<'activities'>[], stored);
  return rows.map((row) => {
    const doc = row.newDocumentState as unknown as Record<string, unknown> & { id: string };
    const keepStated = user.role === 'admin' && typeof doc.importedFrom === 'string';
    const next = attestTimes(attested, doc, stored.get(doc.id) ?? null, session.window, { keepStated });
    return { ...row, newDocumentState: next } as unknown as PushRow<C>;
  });
}

/** After a push of clients or activities succeeded: the session was online now (see recordPush). */
export async function recordAttestedPush(
  db: SqlExecutor,
  session: PushSession,
  rows: number,
  now: number,
): Promise<void> {
  if (session.collection !== 'caseevents') await recordPush(db, session, rows, now);
}
