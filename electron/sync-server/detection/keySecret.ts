// The agency's secret for hashing identity keys. It never leaves the endpoint: claims are hashed
// here at push, and other offices' claims are answered key by key by the budgeted look-up.
//
// The secret is read in the caller's transaction rather than kept from start-up, so that after a
// rotation every endpoint process sharing the database hashes with the new secret at once.
import { randomBytes } from 'node:crypto';
import type { KeySecretRotation } from '../../../shared/sync';
import { KEY_SECRET_SETTING, readKeySecret } from '../db/migrations';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { backfillClaims } from './backfillClaims';
import { createNativeKeyHasher } from './nativeKeyHasher';
import { lockCommitOrder } from '../documents/documentStore';

type KeyHasher = (identityKey: string) => string;

/** Keep the hasher for the secret last seen: most calls hash under the same secret. */
let cached: { secret: string; hasher: KeyHasher } | null = null;

export async function keyHasherIn(db: SqlExecutor): Promise<KeyHasher> {
  const secret = await readKeySecret(db);
  if (cached?.secret !== secret) cached = { secret, hasher: createNativeKeyHasher(secret) };
  return cached.hasher;
}

async function countLive(tx: SqlExecutor, collection: 'clients' | 'claims'): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    'select count(*)::int as n from documents where collection = $1 and not deleted',
    [collection],
  );
  return rows[0]?.n ?? 0;
}

/**
 * A new secret, and every live claim re-derived under it, in one transaction: the old claims are
 * tombstoned (each office drops its copies) and the same claims come back with new hashes. Cases
 * are not re-detected: a rotation changes hashes, never who holds what.
 *
 * It holds the clients' and claims' commit-order locks, like a push of clients, so no push
 * derives a claim under the old secret meanwhile.
 */
export async function rotateKeySecret(store: SqlStore, now: number): Promise<KeySecretRotation> {
  return store.transaction(async (tx) => {
    await lockCommitOrder(tx, 'clients');
    await lockCommitOrder(tx, 'claims');
    const released = await countLive(tx, 'claims');
    const secret = randomBytes(32).toString('hex');
    await tx.query('update server_settings set value = $2 where key = $1', [KEY_SECRET_SETTING, secret]);
    await backfillClaims(tx, { mode: 'claims-only', recommend: false, hashKey: createNativeKeyHasher(secret) }, now);
    return { rotatedAt: now, clients: await countLive(tx, 'clients'), claims: await countLive(tx, 'claims'), released };
  });
}
