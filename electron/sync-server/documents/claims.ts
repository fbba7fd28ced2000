// The endpoint's half of detection: the claims index and the cases opened at push.
//
// Claims and cases are derived from pushed clients inside the push's own transaction, so a client
// never commits without its claims (and the cases they reveal), and a crash rolls back all three.
import { claimsOfClient } from '../../../shared/cases/claimsOfClient';
import type { CaseDoc, CaseRecommendation } from '../../../shared/db/schemas/case';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import { detectCases, type DetectedCase } from '../../../shared/cases/detectCases';
import { jsonEqual, type SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { recommendationsFor } from '../resolution/recommendCases';
import { lockCommitOrder, writeDocuments, type DocumentWrite } from './documentStore';

/**
 * 'on': claims and cases; 'claims-only': the index without case detection; 'off': neither.
 * Only benchmarks turn it down: offices rely on the claims index and the endpoint's cases.
 */
export type DetectionMode = 'on' | 'claims-only' | 'off';

/**
 * Detection compares a client's keys with the earliest holders of each key, at most this many.
 * A key held by hundreds of clients (a switchboard number, a big corporate domain) would
 * otherwise make every push that carries it read them all; its owner is the earliest holder, and
 * a case against that owner (and the next earliest) is what the regulations need.
 */
export const MAX_HOLDERS_COMPARED = 50;

/** How the endpoint derives claims; fixed for the life of the server (the hasher is not: see ClaimsDeriver). */
export interface ClaimsSettings {
  mode: DetectionMode;
  /**
   * Evaluate the regulations for each case opened (CaseDoc.recommendation). Off only while
   * migration 2 back-fills claims: the regulations table does not exist yet then.
   */
  recommend: boolean;
}

export interface ClaimsDeriver extends ClaimsSettings {
  /** Hashes under the secret in force in the caller's transaction (documents/keySecret.ts keyHasherIn). */
  hashKey(identityKey: string): string;
}

type ClientDocument = SyncDocument<'clients'>;

interface ExistingClaim {
  id: string;
  data: ClaimDoc;
  deleted: boolean;
}

/** Array parameters travel as JSON: the same SQL works on PGlite and node-postgres. */
const textArray = (param: string): string => `array(select jsonb_array_elements_text(${param}::jsonb))`;

async function namesOf(
  tx: SqlExecutor,
  table: 'users' | 'offices',
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    `select id, name from ${table} where id = any(${textArray('$1')})`,
    [JSON.stringify([...new Set(ids)])],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Brings the claims of the given (just written) clients up to date and, in 'on' mode, opens the
 * cases their new or changed claims reveal. Must run in the transaction that wrote the clients,
 * after they were written. `causedBy` is the pushing user's id.
 */
export async function deriveFromClients(
  tx: SqlExecutor,
  deriver: ClaimsDeriver,
  clients: readonly ClientDocument[],
  causedBy: string,
  now: number,
): Promise<{ claimsWritten: number; casesOpened: number }> {
  if (deriver.mode === 'off' || !clients.length) return { claimsWritten: 0, casesOpened: 0 };
  await lockCommitOrder(tx, 'claims');

  const [owners, offices] = await Promise.all([
    namesOf(
      tx,
      'users',
      clients.map((c) => c.ownerId),
    ),
    namesOf(
      tx,
      'offices',
      clients.map((c) => c.officeId),
    ),
  ]);
  const clientIds = clients.map((c) => c.id);
  const existing = await tx.query<ExistingClaim>(
    `select id, data, deleted from documents where collection = 'claims' and (data->>'clientId') = any(${textArray('$1')})`,
    [JSON.stringify(clientIds)],
  );
  const existingByClient = new Map<string, ExistingClaim[]>();
  for (const claim of existing) {
    const list = existingByClient.get(claim.data.clientId) ?? [];
    list.push(claim);
    existingByClient.set(claim.data.clientId, list);
  }

  const writes: DocumentWrite[] = [];
  /** Clients with a new or changed live claim, and their claims: what detection looks at. */
  const changed: ClaimDoc[][] = [];
  for (const client of clients) {
    const next = claimsOfClient(client, deriver.hashKey, {
      owner: owners.get(client.ownerId) ?? client.ownerName,
      office: offices.get(client.officeId) ?? client.officeId,
    });
    const nextIds = new Set(next.map((c) => c.id));
    const before = new Map((existingByClient.get(client.id) ?? []).map((c) => [c.id, c]));
    // A key the client no longer holds (or a deleted client) releases its claim: a tombstone, so offices drop it too.
    for (const old of before.values()) {
      if (!old.deleted && !nextIds.has(old.id))
        writes.push({ id: old.id, officeId: old.data.officeId, data: old.data, deleted: true });
    }
    let anyChanged = false;
    for (const claim of next) {
      const old = before.get(claim.id);
      // Unchanged claims are not rewritten: their seq (and every office's copy) stays put.
      if (old && !old.deleted && jsonEqual(old.data, claim)) continue;
      writes.push({ id: claim.id, officeId: claim.officeId, data: claim, deleted: false });
      anyChanged = true;
    }
    if (anyChanged) changed.push(next);
  }
  await writeDocuments(tx, 'claims', writes, now);
  if (deriver.mode !== 'on' || !changed.length) return { claimsWritten: writes.length, casesOpened: 0 };
  const casesOpened = await openCases(tx, changed, causedBy, now, deriver.recommend);
  return { claimsWritten: writes.length, casesOpened };
}

/** Runs the shared matcher for each changed client against the live holders of its keys; stores the cases not stored yet. */
async function openCases(
  tx: SqlExecutor,
  changed: readonly ClaimDoc[][],
  causedBy: string,
  now: number,
  recommend: boolean,
): Promise<number> {
  const hashes = [...new Set(changed.flatMap((claims) => claims.map((c) => c.keyHash)))];
  // One statement, one index range per key (documents_claims_key), the earliest holders first.
  // It runs after this push's claims were written, so clients of the same push match each other.
  const known = await tx.query<{ data: ClaimDoc }>(
    `select k.data from (select distinct h from jsonb_array_elements_text($1::jsonb) as h) as q
     cross join lateral (
       select d.data from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
       order by ((d.data->>'since')::bigint), d.id
       limit $2
     ) as k`,
    [JSON.stringify(hashes), MAX_HOLDERS_COMPARED],
  );
  const byHash = new Map<string, ClaimDoc[]>();
  for (const { data } of known) {
    const list = byHash.get(data.keyHash) ?? [];
    list.push(data);
    byHash.set(data.keyHash, list);
  }
  const found = new Map<string, DetectedCase>();
  for (const claims of changed) {
    const holders = claims.flatMap((c) => byHash.get(c.keyHash) ?? []);
    for (const detected of detectCases(claims, holders).cases)
      if (!found.has(detected.id)) found.set(detected.id, detected);
  }
  if (!found.size) return 0;

  // The id is deterministic: a case already stored (by an earlier push or by an office) is left as it is.
  const stored = await tx.query<{ id: string }>(
    `select id from documents where collection = 'cases' and id = any(${textArray('$1')})`,
    [JSON.stringify([...found.keys()])],
  );
  for (const { id } of stored) found.delete(id);
  if (!found.size) return 0;

  await lockCommitOrder(tx, 'cases');
  // Evaluated once, here: a stored case is never re-evaluated, so changing the rules never rewrites it.
  const recommendations = recommend
    ? await recommendationsFor(tx, [...found.values()], now)
    : new Map<string, CaseRecommendation>();
  const writes = [...found.values()].map((detected): DocumentWrite => {
    const recommendation = recommendations.get(detected.id);
    const doc: CaseDoc = {
      id: detected.id,
      officeIds: [...new Set([detected.owner.officeId, detected.newcomer.officeId])].sort(),
      owner: detected.owner,
      newcomer: detected.newcomer,
      matched: detected.matched,
      detectedAt: now,
      detectedWhere: 'endpoint',
      causedBy,
      status: 'open',
      updatedAt: now,
      ...(recommendation ? { recommendation } : {}),
    };
    return { id: doc.id, officeId: doc.owner.officeId, scopeOfficeIds: doc.officeIds, data: doc, deleted: false };
  });
  await writeDocuments(tx, 'cases', writes, now);
  return writes.length;
}

/** Every live client, a page at a time: claims for clients stored before the index existed. */
export async function backfillClaims(tx: SqlExecutor, deriver: ClaimsDeriver, now: number): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await tx.query<{ data: Omit<ClientDocument, '_deleted'>; seq: number }>(
      `select data, seq::float8 as seq from documents where collection = 'clients' and not deleted and seq > $1 order by seq limit 1000`,
      [after],
    );
    if (!page.length) return;
    await deriveFromClients(
      tx,
      deriver,
      page.map((r) => ({ ...r.data, _deleted: false }) as ClientDocument),
      'endpoint',
      now,
    );
    after = page[page.length - 1]!.seq;
  }
}
