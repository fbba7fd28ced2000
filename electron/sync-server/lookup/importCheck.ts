// POST /admin/import-check: which of an import's phones and emails the agency already holds.
//
// An admin sees every office, so the answer covers them all — the target office's colleagues
// included, whom an import must not duplicate either. No budget applies (an admin is trusted with
// the whole agency), but every key looked up is recorded in the look-up log, so the import shows
// in "who looked up how much" like any look-up.
import type { ImportCheckResponse, SessionUser } from '../../../shared/sync';
import type { SqlStore } from '../db/sqlStore';
import { keyHasherIn } from '../detection/keySecret';
import { earliestHolders } from '../detection/claimHolders';
import { matchOf } from './lookupClaims';
import { recordLookups } from './lookupLog';

/** `keys`: distinct, validated identity keys (checkImportCheck). */
export async function importCheck(
  store: SqlStore,
  admin: SessionUser,
  keys: readonly string[],
  now: number,
): Promise<ImportCheckResponse> {
  return store.transaction(async (tx) => {
    const hashKey = await keyHasherIn(tx);
    const hashes = keys.map(hashKey);
    const holders = hashes.length ? await earliestHolders(tx, hashes, null) : new Map();
    await recordLookups(
      tx,
      admin.id,
      hashes.map((keyHash) => ({ keyHash, matched: holders.get(keyHash)?.length ?? 0 })),
      now,
    );
    return { results: keys.map((key, i) => ({ key, matches: (holders.get(hashes[i]!) ?? []).map(matchOf) })) };
  });
}
