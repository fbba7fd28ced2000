// How far back a session's pushed times are believable. The session is the bearer token (issued at
// sign-in): a workstation can have worked offline only since its previous push of that collection,
// or since signing in when it has not pushed yet. Work done offline before signing in is therefore
// dated to the sign-in: the endpoint has no way to check it.
import { SYNC_LIMITS, type PushableCollectionName, type SessionUser } from '../../../shared/sync';
import { hashToken, sessionUserOf, signedInQuery, type SessionUserRow } from '../auth/tokens';
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

interface PusherRow extends SessionUserRow {
  signed_in_at: number;
  account_created_at: number;
  believed_from: number | null;
}

/**
 * Who pushes and since when their push's times are believable, in one read: a push is the most
 * frequent write, and the sign-in check and the session's window are each a round trip. Null
 * when the token would not sign in (unknown, expired, revoked, its user or office disabled).
 * `collection` is the route's, not yet checked: an unknown one has no pushes recorded.
 */
export async function pusherOf(
  db: SqlExecutor,
  token: string,
  collection: string,
  now: number,
): Promise<{ user: SessionUser; session: Omit<PushSession, 'collection'> } | null> {
  const tokenHash = hashToken(token);
  const rows = await db.query<PusherRow>(
    signedInQuery({
      columns: `t.created_at::float8 as signed_in_at, a.created_at::float8 as account_created_at,
                p.believed_from::float8 as believed_from`,
      joins: `join users a on a.id = t.user_id
              left join session_pushes p on p.token_hash = t.token_hash and p.collection = $3`,
    }),
    [tokenHash, now, collection],
  );
  const row = rows[0];
  if (!row) return null;
  const since = Number(row.believed_from ?? row.signed_in_at);
  const from = Math.max(Number(row.account_created_at), since - CLOCK_BEHIND_SLACK_MS);
  return { user: sessionUserOf(row), session: { tokenHash, window: { from, to: now + MAX_CLOCK_AHEAD_MS } } };
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
