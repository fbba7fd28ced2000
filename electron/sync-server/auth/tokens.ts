// Session tokens: 32 random bytes handed to the client once; only their SHA-256 is stored,
// so a copy of the database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { announceRevocation } from './sessionRevocations';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  db: SqlExecutor,
  userId: string,
  now: number,
  ttlMs: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + ttlMs;
  // Expired rows are useless; clearing the user's own keeps the table from growing without a janitor.
  await db.query('delete from auth_tokens where user_id = $1 and expires_at <= $2', [userId, now]);
  await db.query('insert into auth_tokens (token_hash, user_id, created_at, expires_at) values ($1, $2, $3, $4)', [
    hashToken(token),
    userId,
    now,
    expiresAt,
  ]);
  return { token, expiresAt };
}

/**
 * The one statement a session signs in through: a token that is not expired, of a person who may
 * act (`active_users`: enabled, of an enabled office); $1 the token's hash, $2 now. `more` adds
 * columns and joins over `t` (the token) and `u` (the person) for a caller that needs them in the
 * same round trip (the push: attestation/pushSession.ts).
 */
export function signedInQuery(more: { columns?: string; joins?: string } = {}): string {
  return `select u.id, u.name, u.office_id, u.role${more.columns ? `, ${more.columns}` : ''}
            from auth_tokens t join active_users u on u.id = t.user_id ${more.joins ?? ''}
           where t.token_hash = $1 and t.expires_at > $2`;
}

export interface SessionUserRow {
  id: string;
  name: string;
  office_id: string | null;
  role: SessionUser['role'];
}

export function sessionUserOf(row: SessionUserRow): SessionUser {
  return { id: row.id, name: row.name, officeId: row.office_id, role: row.role };
}

/** The signed-in user, or null when the token is unknown, expired, revoked, or its user or office disabled. */
export async function userForTokenHash(db: SqlExecutor, tokenHash: string, now: number): Promise<SessionUser | null> {
  const row = (await db.query<SessionUserRow>(signedInQuery(), [tokenHash, now]))[0];
  return row ? sessionUserOf(row) : null;
}

export function userForToken(db: SqlExecutor, token: string, now: number): Promise<SessionUser | null> {
  return userForTokenHash(db, hashToken(token), now);
}

/** Signs one session out; its live streams end on every endpoint process. */
export async function revokeToken(db: SqlExecutor, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  await db.query('delete from auth_tokens where token_hash = $1', [tokenHash]);
  await announceRevocation(db, { tokenHash });
}

/** Signs a user out everywhere; run it in the transaction that disables them or resets their password. */
export async function revokeUserTokens(db: SqlExecutor, userId: string): Promise<void> {
  await db.query('delete from auth_tokens where user_id = $1', [userId]);
  await announceRevocation(db, { userId });
}

/** Signs a user out everywhere but the given session (the one that changed the password). */
export async function revokeOtherTokens(db: SqlExecutor, userId: string, keptTokenHash: string): Promise<void> {
  const revoked = await db.query<{ token_hash: string }>(
    'delete from auth_tokens where user_id = $1 and token_hash <> $2 returning token_hash',
    [userId, keptTokenHash],
  );
  for (const { token_hash: tokenHash } of revoked) await announceRevocation(db, { tokenHash });
}
