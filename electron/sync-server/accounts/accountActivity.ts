// Per person, the sessions the endpoint holds and when they last signed in and pushed: what the
// endpoint knows of each workstation. A session ends with sign-out, a password reset, disabling
// or expiry, and its push record goes with it (session_pushes cascades), so this is the present only.
import type { AccountActivity, Role, WorkstationHealth, WorkstationKind } from '../../../shared/sync';
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

interface WorkstationRow {
  user_id: string;
  name: string;
  office_id: string | null;
  workstation_kind: WorkstationKind | null;
  workstation_system: string | null;
  app_version: string | null;
  created_at: number | string;
  last_sync_at: number | string | null;
  last_push_at: number | string | null;
  pending_changes: number | null;
}

/** Every open session, newest sync first: the workstations in use and what each last said. */
export async function workstationHealth(db: SqlExecutor, now: number): Promise<WorkstationHealth[]> {
  const rows = await db.query<WorkstationRow>(
    `select t.user_id, u.name, u.office_id, t.workstation_kind, t.workstation_system, t.app_version,
            t.created_at, t.last_sync_at, t.pending_changes,
            (select max(p.last_push_at) from session_pushes p where p.token_hash = t.token_hash)::float8 as last_push_at
       from auth_tokens t
       join active_users u on u.id = t.user_id
      where t.expires_at > $1
      order by t.last_sync_at desc nulls last, t.created_at desc`,
    [now],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    officeId: r.office_id,
    kind: r.workstation_kind,
    system: r.workstation_system,
    app: r.app_version,
    signedInAt: Number(r.created_at),
    lastSyncAt: epoch(r.last_sync_at),
    lastPushAt: epoch(r.last_push_at),
    pendingChanges: r.pending_changes,
  }));
}

export async function schemaVersion(db: SqlExecutor): Promise<number> {
  const rows = await db.query<{ version: number | string | null }>(
    'select max(version) as version from schema_migrations',
  );
  return Number(rows[0]?.version ?? 0);
}
