// Per person, the sessions the endpoint holds and when they last signed in and pushed: what the
// endpoint knows of each workstation. A session ends with sign-out, a password reset, disabling
// or expiry, and its push record goes with it (session_pushes cascades), so this is the present only.
import type { AccountActivity, Role } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

interface ActivityRow {
  id: string;
  name: string;
  role: Role;
  office_id: string | null;
  disabled: boolean;
  open_sessions: number | string;
  last_sign_in_at: number | string | null;
  last_push_at: number | string | null;
}

const epoch = (value: number | string | null): number | null => (value === null ? null : Number(value));

export async function accountActivity(db: SqlExecutor, now: number): Promise<AccountActivity[]> {
  const rows = await db.query<ActivityRow>(
    `select u.id, u.name, u.role, u.office_id, u.disabled,
            count(distinct t.token_hash) as open_sessions,
            max(t.created_at)::float8 as last_sign_in_at,
            max(p.last_push_at)::float8 as last_push_at
       from users u
       left join auth_tokens t on t.user_id = u.id and t.expires_at > $1
       left join session_pushes p on p.token_hash = t.token_hash
      group by u.id, u.name, u.role, u.office_id, u.disabled
      order by lower(u.name), u.id`,
    [now],
  );
  return rows.map((r) => ({
    userId: r.id,
    name: r.name,
    role: r.role,
    officeId: r.office_id,
    disabled: r.disabled,
    openSessions: Number(r.open_sessions),
    lastSignInAt: epoch(r.last_sign_in_at),
    lastPushAt: epoch(r.last_push_at),
  }));
}

export async function schemaVersion(db: SqlExecutor): Promise<number> {
  const rows = await db.query<{ version: number | string | null }>(
    'select max(version) as version from schema_migrations',
  );
  return Number(rows[0]?.version ?? 0);
}
