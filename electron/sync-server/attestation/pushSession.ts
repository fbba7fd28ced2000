// How far back a session's pushed times are believable. The session is the bearer token (issued at
// sign-in): a workstation can have worked offline only since its previous push of that collection,
// or since signing in when it has not pushed yet. Work done offline before signing in is therefore
// dated to the sign-in: the endpoint has no way to check it.
import { SYNC_LIMITS, type PushableCollectionName } from '../../../shared/sync';
import { hashToken } from '../auth/tokens';
import type { SqlExecutor } from '../db/sqlStore';
import { MAX_CLOCK_AHEAD_MS } from '../resolution/stepAuthorship';
import type { TimeWindow } from './attestTimes';

/**
 * How far behind the endpoint's clock a time may be and still count as after the previous push: the
 * same tolerance as ahead of it (workstation clocks drift either way), which also covers pushes
 * of one workstation racing each other.
 */
export const CLOCK_BEHIND_SLACK_MS = MAX_CLOCK_AHEAD_MS;

export interface PushSession {
  tokenHash: string;
  collection: PushableCollectionName;
  window: TimeWindow;
}

interface SessionRow {
  signed_in_at: number;
  account_created_at: number;
  believed_from: number | null;
}

export async function pushSession(
  db: SqlExecutor,
  token: string,
  collection: PushableCollectionName,
  now: number,
): Promise<PushSession> {
  const tokenHash = hashToken(token);
  const rows = await db.query<SessionRow>(
    `select t.created_at::float8 as signed_in_at, u.created_at::float8 as account_created_at,
            p.believed_from::float8 as believed_from
       from auth_tokens t join users u on u.id = t.user_id
       left join session_pushes p on p.token_hash = t.token_hash and p.collection = $2
      where t.token_hash = $1`,
    [tokenHash, collection],
  );
  const row = rows[0];
  // authenticate() found the token a moment ago; if it was revoked since, believe nothing older than now.
  const since = row ? Number(row.believed_from ?? row.signed_in_at) : now;
  const from = Math.max(row ? Number(row.account_created_at) : now, since - CLOCK_BEHIND_SLACK_MS);
  return { tokenHash, collection, window: { from, to: now + MAX_CLOCK_AHEAD_MS } };
}

/**
 * Records a successful push. A full batch (what a workstation sends while it still has more
 * waiting) keeps the window where it was: the rest of an offline backlog arrives in the next
 * pushes and is as old as the first batch. A smaller push means the workstation has caught up.
 */
export async function recordPush(db: SqlExecutor, session: PushSession, rows: number, now: number): Promise<void> {
  const caughtUp = rows < SYNC_LIMITS.officePushBatch;
  await db.query(
    `insert into session_pushes (token_hash, collection, last_push_at, believed_from)
     select t.token_hash, $2, $3, case when $4::boolean then $3 else t.created_at end
       from auth_tokens t where t.token_hash = $1
     on conflict (token_hash, collection) do update set
       last_push_at = excluded.last_push_at,
       believed_from = case when $4::boolean then excluded.last_push_at else session_pushes.believed_from end`,
    [session.tokenHash, session.collection, now, caughtUp],
  );
}
