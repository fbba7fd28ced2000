// Ends live streams the moment their session ends (sign-out, password reset, account disabled),
// on every endpoint process: the revoking transaction notifies a channel that every process
// LISTENs on, and each process ends its own streams of that session or user.
import type { SqlExecutor, SqlStore } from '../db/sqlStore';

export const SESSIONS_CHANNEL = 'claimdesk_sessions';

/** A whole user's sessions, or one session by the hash of its token. */
export type Revocation = { userId: string } | { tokenHash: string };

/** Inside the revoking transaction: PostgreSQL delivers the notification only if it commits. */
export async function announceRevocation(db: SqlExecutor, revocation: Revocation): Promise<void> {
  const payload = 'userId' in revocation ? `user:${revocation.userId}` : `token:${revocation.tokenHash}`;
  await db.query('select pg_notify($1, $2)', [SESSIONS_CHANNEL, payload]);
}

export interface WatchedSession {
  userId: string;
  tokenHash: string;
  /** Closes whatever this session holds open (a live stream). */
  end(): void;
}

export interface SessionWatch {
  /** Returns the function that stops watching (call it when the stream ends by itself). */
  watch(session: WatchedSession): () => void;
  stop(): Promise<void>;
}

export async function startSessionWatch(
  store: SqlStore,
  isLive: (tokenHash: string) => Promise<boolean>,
  onError: (error: unknown) => void,
): Promise<SessionWatch> {
  const sessions = new Set<WatchedSession>();

  const onPayload = (payload: string): void => {
    const split = payload.indexOf(':');
    const kind = payload.slice(0, split);
    const id = payload.slice(split + 1);
    for (const session of [...sessions]) {
      if ((kind === 'user' && session.userId === id) || (kind === 'token' && session.tokenHash === id)) session.end();
    }
  };
  // Revocations notified while the listening connection was down are lost: check every session again.
  const onReset = (): void => {
    for (const session of [...sessions]) {
      isLive(session.tokenHash).then((live) => live || session.end(), onError);
    }
  };

  const unlisten = await store.listen(SESSIONS_CHANNEL, onPayload, onReset);
  return {
    watch(session) {
      sessions.add(session);
      return () => void sessions.delete(session);
    },
    async stop() {
      sessions.clear();
      await unlisten();
    },
  };
}
