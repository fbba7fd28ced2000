// Throttling of failed logins per username + client address. Kept in the database, so several
// endpoint processes behind one address share the count.
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
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

function lockedFailure(lockedUntil: number, now: number): ApiFailure {
  const seconds = Math.ceil((lockedUntil - now) / 1000);
  return new ApiFailure(
    429,
    'too_many_requests',
    `Too many failed sign-in attempts for this user from this address. Try again in ${seconds} s, or ask an admin to reset the password.`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

/**
 * Counts a sign-in attempt as a failure before its password is checked, in one transaction on the
 * pair's row: parallel guesses are counted one after another, so at most maxFailures of them are
 * ever checked. The attempt that reaches maxFailures sets the lock itself (each later one doubles
 * it); while locked nothing is counted and the attempt is refused with 429 and Retry-After.
 * A correct password then clears the count (clearFailures).
 */
export async function countAttempt(store: SqlStore, key: string, now: number, s: ThrottleSettings): Promise<void> {
  const lockedUntil = await store.transaction(async (tx) => {
    // last_failure_at is the time of the last counted attempt.
    const counted = await tx.query<{ failures: number }>(
      `insert into login_failures (key, failures, last_failure_at, locked_until) values ($1, 1, $2, 0)
       on conflict (key) do update set
         failures = case when login_failures.last_failure_at < $3 then 1 else login_failures.failures + 1 end,
         last_failure_at = $2
       where login_failures.locked_until <= $2
       returning failures`,
      [key, now, now - s.windowMs],
    );
    const failures = counted[0]?.failures;
    if (failures === undefined) {
      const rows = await tx.query<{ locked_until: string }>(
        'select locked_until::text from login_failures where key = $1',
        [key],
      );
      return Number(rows[0]?.locked_until ?? 0);
    }
    if (failures >= s.maxFailures) {
      const lock = Math.min(s.maxLockMs, s.lockMs * 2 ** (failures - s.maxFailures));
      await tx.query('update login_failures set locked_until = $2 where key = $1', [key, now + lock]);
    }
    return 0;
  });
  if (lockedUntil > now) throw lockedFailure(lockedUntil, now);
}

export async function clearFailures(db: SqlExecutor, key: string): Promise<void> {
  await db.query('delete from login_failures where key = $1', [key]);
}
