// Replicated documents: one table keyed by (collection, id) with a server sequence that follows commit order.
import {
  jsonEqual,
  SYNC_COLLECTIONS,
  type PushableCollectionName,
  type PushRow,
  type SessionUser,
  type SyncCheckpoint,
  type SyncCollectionName,
  type SyncDocument,
} from '../../../shared/sync';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { mayWriteStored, scopeOf } from './documentScope';
import { canWriteOffice } from './scope';

export const CHANGES_CHANNEL = 'claimdesk_documents';

/**
 * One advisory lock per collection, taken before a push reads anything and held until commit.
 * Sequence numbers are therefore handed out in commit order: a puller that has seen seq N has
 * already been able to see every row below N, even with several endpoint processes on one database.
 */
function commitOrderLock(collection: SyncCollectionName): number {
  return 0x636c6d00 + 0x10 + Object.keys(SYNC_COLLECTIONS).indexOf(collection);
}

/**
 * Takes a collection's commit-order lock for the rest of the transaction. Locks are always taken
 * in the order of SYNC_COLLECTIONS (a client push takes clients, then claims, then cases; a push of
 * case steps takes caseevents only and merely reads cases), and only client pushes write claims and
 * cases, so two transactions never wait on each other in a cycle.
 */
export async function lockCommitOrder(tx: SqlExecutor, collection: SyncCollectionName): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [commitOrderLock(collection)]);
}

export interface StoredRow {
  id: string;
  office_id: string;
  /** The offices that may see an `offices`-visibility document (cases); null otherwise. */
  scope_office_ids: string[] | null;
  data: Record<string, unknown>;
  deleted: boolean;
  seq: number;
}

export function toSyncDocument<C extends SyncCollectionName>(
  row: Pick<StoredRow, 'data' | 'deleted'>,
): SyncDocument<C> {
  return { ...row.data, _deleted: row.deleted } as SyncDocument<C>;
}

export interface PullPage<C extends SyncCollectionName> {
  documents: SyncDocument<C>[];
  checkpoint: SyncCheckpoint | null;
}

/** The SQL condition on $3 (the viewer's office, null for admins) that limits a pull to what the viewer may see. */
function visibilityCondition(collection: SyncCollectionName): string {
  switch (SYNC_COLLECTIONS[collection].visibility) {
    case 'offices':
      return '($3::text is null or $3::text = any(scope_office_ids))';
    case 'office':
      return '($3::text is null or office_id = $3)';
  }
}

/** The same rule as visibilityCondition, for rows the live feed already holds. */
export function isVisible(
  collection: SyncCollectionName,
  office: string | null,
  row: Pick<StoredRow, 'office_id' | 'scope_office_ids'>,
): boolean {
  if (office === null) return true;
  switch (SYNC_COLLECTIONS[collection].visibility) {
    case 'offices':
      return row.scope_office_ids?.includes(office) ?? false;
    case 'office':
      return row.office_id === office;
  }
}

export async function pull<C extends SyncCollectionName>(
  db: SqlExecutor,
  collection: C,
  after: SyncCheckpoint | null,
  limit: number,
  office: string | null,
): Promise<PullPage<C>> {
  const rows = await db.query<StoredRow>(
    `select data, deleted, seq::float8 as seq from documents
     where collection = $1 and seq > $2 and ${visibilityCondition(collection)}
     order by seq limit $4`,
    [collection, after?.seq ?? 0, office, limit],
  );
  const last = rows[rows.length - 1];
  return { documents: rows.map((r) => toSyncDocument<C>(r)), checkpoint: last ? { seq: last.seq } : after };
}

/** Rows committed with a seq in [from, to], for the live feed (a notification names the range). */
export async function rowsInRange(
  db: SqlExecutor,
  collection: SyncCollectionName,
  from: number,
  to: number,
): Promise<StoredRow[]> {
  return db.query<StoredRow>(
    `select id, office_id, scope_office_ids, data, deleted, seq::float8 as seq from documents
     where collection = $1 and seq between $2 and $3 order by seq`,
    [collection, from, to],
  );
}

function refuseForeign(id: string): ApiFailure {
  return new ApiFailure(
    403,
    'forbidden_office',
    `The push was refused and nothing was written: document "${id}" belongs to another office, and you may only write your own office's documents.`,
  );
}

/**
 * Checks before the push's transaction: a non-admin may only write documents of their own office,
 * and the office must exist. A case's steps are checked inside the transaction instead (see
 * resolution/checkCaseSteps.ts): who may write them depends on the case, not on one office.
 */
export async function assertOfficesWritable(
  db: SqlExecutor,
  user: SessionUser,
  collection: PushableCollectionName,
  rows: readonly PushRow<PushableCollectionName>[],
): Promise<void> {
  if (SYNC_COLLECTIONS[collection].visibility !== 'office') return;
  const officeOf = (row: PushRow<PushableCollectionName>): string => scopeOf(collection, row.newDocumentState).officeId;
  for (const row of rows) {
    if (!canWriteOffice(user, officeOf(row))) throw refuseForeign(row.newDocumentState.id);
  }
  // A manager's or lead's own office exists (their account references it): only an admin, who may
  // write for any office, can name one that does not.
  if (user.role !== 'admin') return;
  const offices = [...new Set(rows.map(officeOf))];
  if (!offices.length) return;
  const known = await db.query<{ id: string }>(
    'select id from offices where id in (select jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify(offices)],
  );
  const missing = offices.filter((o) => !known.some((k) => k.id === o));
  if (missing.length)
    throw new ApiFailure(
      409,
      'unknown_office',
      `The push was refused and nothing was written: there is no office "${missing[0]}".`,
    );
}

export interface PushResult<C extends SyncCollectionName> {
  conflicts: SyncDocument<C>[];
  /** Lowest and highest seq written, for the change notification; null when nothing was written. */
  written: { from: number; to: number; count: number } | null;
}

/** One document to store, as the endpoint writes it. */
export interface DocumentWrite {
  id: string;
  officeId: string;
  /** Stored in scope_office_ids (documents seen by several offices); omitted: null. */
  scopeOfficeIds?: string[] | null;
  data: object;
  deleted: boolean;
}

export interface WrittenRange {
  from: number;
  to: number;
  count: number;
}

/**
 * Stores documents of one collection with fresh seqs and queues the change notification. The
 * caller must hold the collection's commit-order lock (lockCommitOrder) in this transaction.
 */
export async function writeDocuments(
  tx: SqlExecutor,
  collection: SyncCollectionName,
  writes: readonly DocumentWrite[],
  now: number,
): Promise<WrittenRange | null> {
  if (!writes.length) return null;
  // One statement for the whole batch (row-by-row inserts are ~10x slower on PGlite), which also
  // queues the change notification, delivered to every listening endpoint process when (and only
  // if) this transaction commits. Only the range comes back: a row per document costs more to
  // decode than to write on PGlite.
  const [range] = await tx.query<WrittenRange>(
    `with written as (
       insert into documents (collection, id, office_id, scope_office_ids, data, deleted, seq, updated_at)
       select $1, w->>'id', w->>'officeId', case when jsonb_typeof(w->'scopeOfficeIds') = 'array' then array(select jsonb_array_elements_text(w->'scopeOfficeIds')) end,
              w->'data', (w->>'deleted')::boolean, nextval('document_seq'), $3
       from jsonb_array_elements($2::jsonb) as w
       on conflict (collection, id) do update set
         office_id = excluded.office_id, scope_office_ids = excluded.scope_office_ids, data = excluded.data, deleted = excluded.deleted, seq = excluded.seq, updated_at = excluded.updated_at
       returning seq
     ), range as (select min(seq) as "from", max(seq) as "to", count(*)::int as count from written)
     select "from"::float8 as "from", "to"::float8 as "to", count, pg_notify($4, $1 || ':' || "from" || ':' || "to")::text as notified
     from range`,
    [collection, JSON.stringify(writes), now, CHANGES_CHANNEL],
  );
  return { from: range!.from, to: range!.to, count: range!.count };
}

export interface PushHooks<C extends PushableCollectionName> {
  /**
   * Runs first inside the push transaction, under the collection's commit-order lock, with every
   * row and the stored data of the documents they name (the same read the conflict check uses):
   * checks who may write them (throwing an ApiFailure refuses the whole push) and gives back the
   * rows to store.
   */
  attest?:
    | ((
        tx: SqlExecutor,
        rows: readonly PushRow<C>[],
        stored: ReadonlyMap<string, Record<string, unknown>>,
      ) => Promise<readonly PushRow<C>[]>)
    | undefined;
  /**
   * Runs inside the push transaction, under the collection's commit-order lock, with the documents
   * about to be written (new or changed; equal re-pushes and conflicts excluded). Throwing an
   * ApiFailure refuses the whole push and writes nothing.
   */
  beforeWrite?: ((tx: SqlExecutor, toWrite: readonly SyncDocument<C>[]) => Promise<void>) | undefined;
  /**
   * Runs inside the push transaction after the documents are written (only when some were):
   * derived documents (claims, cases) commit or roll back together with what caused them.
   * `firstStored`: the ids of written documents the endpoint did not hold before this push.
   */
  afterWrite?:
    | ((tx: SqlExecutor, written: readonly SyncDocument<C>[], firstStored: ReadonlySet<string>) => Promise<void>)
    | undefined;
  /** Test instrumentation: awaited just before commit. */
  beforeCommit?: (() => Promise<void>) | undefined;
}

/**
 * Writes a validated push in one transaction, RxDB-style: a row whose assumedMasterState is not the
 * stored state is not written and its stored state is returned as a conflict. A row equal to what is
 * stored is a no-op, which makes a retried push idempotent.
 */
export async function push<C extends PushableCollectionName>(
  store: SqlStore,
  collection: C,
  user: SessionUser,
  pushed: readonly PushRow<C>[],
  now: number,
  hooks: PushHooks<C> = {},
): Promise<PushResult<C>> {
  return store.transaction(async (tx) => {
    await lockCommitOrder(tx, collection);
    const ids = pushed.map((r) => r.newDocumentState.id);
    const stored = await tx.query<StoredRow>(
      'select id, office_id, scope_office_ids, data, deleted from documents where collection = $1 and id in (select jsonb_array_elements_text($2::jsonb))',
      [collection, JSON.stringify(ids)],
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    const rows = hooks.attest ? await hooks.attest(tx, pushed, new Map(stored.map((s) => [s.id, s.data]))) : pushed;
    const conflicts: SyncDocument<C>[] = [];
    const writes: DocumentWrite[] = [];
    const writtenDocs: SyncDocument<C>[] = [];
    const firstStored = new Set<string>();
    for (const { assumedMasterState, newDocumentState } of rows) {
      const current = byId.get(newDocumentState.id);
      if (current && !mayWriteStored(user, collection, current)) throw refuseForeign(newDocumentState.id);
      const master = current ? toSyncDocument<C>(current) : null;
      if (master && jsonEqual(master, newDocumentState)) continue;
      if (master && (assumedMasterState === null || !jsonEqual(master, assumedMasterState))) {
        conflicts.push(master);
        continue;
      }
      if (current) assertImmutableKept(collection, current.data, newDocumentState);
      const { _deleted, ...data } = newDocumentState;
      writes.push({ id: newDocumentState.id, ...scopeOf(collection, newDocumentState), data, deleted: _deleted });
      writtenDocs.push(newDocumentState);
      if (!current) firstStored.add(newDocumentState.id);
    }
    if (writtenDocs.length) await hooks.beforeWrite?.(tx, writtenDocs);
    const written = await writeDocuments(tx, collection, writes, now);
    if (!written) return { conflicts, written: null };
    await hooks.afterWrite?.(tx, writtenDocs, firstStored);
    await hooks.beforeCommit?.();
    return { conflicts, written };
  });
}

function assertImmutableKept(collection: SyncCollectionName, stored: Record<string, unknown>, nextDoc: object): void {
  const next = nextDoc as Record<string, unknown>;
  for (const field of SYNC_COLLECTIONS[collection].immutableFields) {
    if (!jsonEqual(stored[field], next[field])) {
      throw new ApiFailure(
        409,
        'immutable_field',
        `The push was refused and nothing was written: "${field}" of ${collection} document "${String(next.id)}" cannot change once it is on the server.`,
      );
    }
  }
}
