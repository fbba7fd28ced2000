// The record of look-ups: who looked up which key hash (never the key itself), when, and what it found.
import type { SqlExecutor } from '../db/sqlStore';
import { DAY_MS } from './budget';

/**
 * Serialises one person's look-ups until the transaction ends, so two concurrent requests cannot
 * both count the same free budget. A row lock on the account (NO KEY UPDATE: sign-ins, whose
 * tokens reference the account, are not held up).
 */
export async function lockLookupsOf(tx: SqlExecutor, userId: string): Promise<void> {
  await tx.query('select 1 from users where id = $1 for no key update', [userId]);
}

/** The latest look-up time of each key hash the person looked up in the last day. */
export async function recentLookups(tx: SqlExecutor, userId: string, now: number): Promise<Map<string, number>> {
  const rows = await tx.query<{ key_hash: string; last_at: number }>(
    `select key_hash, max(at)::float8 as last_at from lookup_log
     where user_id = $1 and at > $2 group by key_hash`,
    [userId, now - DAY_MS],
  );
  return new Map(rows.map((r) => [r.key_hash, r.last_at]));
}

export async function recordLookups(
  tx: SqlExecutor,
  userId: string,
  found: ReadonlyArray<{ keyHash: string; matched: number }>,
  now: number,
): Promise<void> {
  if (!found.length) return;
  await tx.query(
    `insert into lookup_log (user_id, key_hash, at, matched)
     select $1, f->>'keyHash', $2, (f->>'matched')::int from jsonb_array_elements($3::jsonb) as f`,
    [userId, now, JSON.stringify(found)],
  );
}

export async function recordRefusal(tx: SqlExecutor, userId: string, keys: number, now: number): Promise<void> {
  await tx.query('insert into lookup_refusals (user_id, at, keys) values ($1, $2, $3)', [userId, now, keys]);
}
