// Throttling of failed logins per username + client address. Kept in the database, so several
// endpoint processes behind one address share the count.
import type { SqlExecutor } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';

export interface ThrottleSettings {
  /** Failures tolerated within the window before the pair is locked. */
  maxFailures: number;
  /** First lock; each further failure doubles it, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  maxFailures: 5,
  lockMs: 30_000,
  maxLockMs: 15 * 60_000,
  windowMs: 15 * 60_000,
};

export function throttleKey(username: string, ip: string): string {
  return `${username.trim().toLowerCase()}|${ip}`;
}

/** Throws 429 with Retry-After while the pair is locked. */
export async function assertNotLocked(db: SqlExecutor, key: string, now: number): Promise<void> {
  const rows = await db.query<{ locked_until: string }>(
    'select locked_until::text from login_failures where key = $1',
    [key],
  );
  const lockedUntil = Number(rows[0]?.locked_until ?? 0);
  if (lockedUntil > now) {
    const seconds = Math.ceil((lockedUntil - now) / 1000);
    throw new ApiFailure(
      429,
      'too_many_requests',
      `Too many failed sign-in attempts for this user from this address. Try again in ${seconds} s, or ask an admin to reset the password.`,
      undefined,
      { 'retry-after': String(seconds) },
    );
  }
}

export async function recordFailure(db: SqlExecutor, key: string, now: number, s: ThrottleSettings): Promise<void> {
  const rows = await db.query<{ failures: number }>(
    `insert into login_failures (key, failures, last_failure_at, locked_until) values ($1, 1, $2, 0)
     on conflict (key) do update set
       failures = case when login_failures.last_failure_at < $3 then 1 else login_failures.failures + 1 end,
       last_failure_at = $2
     returning failures`,
    [key, now, now - s.windowMs],
  );
  const failures = rows[0]?.failures ?? 1;
  if (failures >= s.maxFailures) {
    const lock = Math.min(s.maxLockMs, s.lockMs * 2 ** (failures - s.maxFailures));
    await db.query('update login_failures set locked_until = $2 where key = $1', [key, now + lock]);
  }
}

export async function clearFailures(db: SqlExecutor, key: string): Promise<void> {
  await db.query('delete from login_failures where key = $1', [key]);
}
