// The agency-wide claims index, kept up to date from pushed clients.
import { claimsOfClient } from '../../../shared/cases/claimsOfClient';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import { jsonEqual, type SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { lockCommitOrder, writeDocuments, type DocumentWrite } from '../documents/documentStore';
import { textArray } from '../db/sqlArrays';

type ClientDocument = SyncDocument<'clients'>;

interface ExistingClaim {
  id: string;
  data: ClaimDoc;
  deleted: boolean;
}

/** Owners' and offices' names as claims show them, in one round trip (a push's latency counts them). */
async function namesOf(
  tx: SqlExecutor,
  ownerIds: readonly string[],
  officeIds: readonly string[],
): Promise<{ owners: Map<string, string>; offices: Map<string, string> }> {
  const rows = await tx.query<{ source: 'users' | 'offices'; id: string; name: string }>(
    `select 'users' as source, id, name from users where id = any(${textArray('$1')})
     union all
     select 'offices' as source, id, name from offices where id = any(${textArray('$2')})`,
    [JSON.stringify([...new Set(ownerIds)]), JSON.stringify([...new Set(officeIds)])],
  );
  const owners = new Map<string, string>();
  const offices = new Map<string, string>();
  for (const r of rows) (r.source === 'users' ? owners : offices).set(r.id, r.name);
  return { owners, offices };
}

/**
 * Brings the claims of the given (just written) clients up to date. Returns, per client with a
 * new or changed live claim, all its claims now: what case detection looks at. Clients in
 * `firstStored` were not stored before, so they hold no claims to compare with or release.
 */
export async function deriveClaims(
  tx: SqlExecutor,
  hashKey: (identityKey: string) => string,
  clients: readonly ClientDocument[],
  now: number,
  firstStored: ReadonlySet<string>,
): Promise<ClaimDoc[][]> {
  await lockCommitOrder(tx, 'claims');

  const { owners, offices } = await namesOf(
    tx,
    clients.map((c) => c.ownerId),
    clients.map((c) => c.officeId),
  );
  const storedBefore = clients.filter((c) => !firstStored.has(c.id)).map((c) => c.id);
  const existing = storedBefore.length
    ? await tx.query<ExistingClaim>(
        `select id, data, deleted from documents where collection = 'claims' and (data->>'clientId') = any(${textArray('$1')})`,
        [JSON.stringify(storedBefore)],
      )
    : [];
  const existingByClient = new Map<string, ExistingClaim[]>();
  for (const claim of existing) {
    const list = existingByClient.get(claim.data.clientId) ?? [];
    list.push(claim);
    existingByClient.set(claim.data.clientId, list);
  }

  const writes: DocumentWrite[] = [];
  const changed: ClaimDoc[][] = [];
  for (const client of clients) {
    const next = claimsOfClient(client, hashKey, {
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
  return changed;
}
