// Versioned schema migrations: each runs once, in its own transaction, recorded in schema_migrations.
// Append new migrations to the list; never edit one that has shipped.
import { randomBytes } from 'node:crypto';
import { backfillClaims } from '../detection/backfillClaims';
import { supersedeDomainCases } from '../detection/companyNoticeMigration';
import { createNativeKeyHasher } from '../detection/nativeKeyHasher';
import type { SqlExecutor, SqlStore } from './sqlStore';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL alone cannot do (random secrets, derived data); runs after `sql`, in the same transaction. */
  apply?: (tx: SqlExecutor) => Promise<void>;
}

/** The server_settings key of the agency's secret for hashing identity keys (32 random bytes, hex). */
export const KEY_SECRET_SETTING = 'agency_key_secret';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts and documents',
    // Times are epoch milliseconds (bigint) so the server's injectable clock decides them, not now().
    sql: `
      create table offices (
        id text primary key,
        name text not null,
        created_at bigint not null
      );
      create unique index offices_name_key on offices (lower(name));

      create table users (
        id text primary key,
        username text not null,
        name text not null,
        office_id text references offices (id),
        role text not null check (role in ('manager', 'lead', 'admin')),
        password_hash text not null,
        disabled boolean not null default false,
        created_at bigint not null,
        check (role = 'admin' or office_id is not null)
      );
      create unique index users_username_key on users (lower(username));

      create table auth_tokens (
        token_hash text primary key,
        user_id text not null references users (id),
        created_at bigint not null,
        expires_at bigint not null
      );
      create index auth_tokens_user on auth_tokens (user_id);

      create table login_failures (
        key text primary key,
        failures integer not null,
        last_failure_at bigint not null,
        locked_until bigint not null
      );

      create sequence document_seq;
      create table documents (
        collection text not null,
        id text not null,
        office_id text not null,
        data jsonb not null,
        deleted boolean not null,
        seq bigint not null,
        updated_at bigint not null,
        primary key (collection, id)
      );
      create unique index documents_collection_seq on documents (collection, seq);
      create index documents_office_seq on documents (collection, office_id, seq);
    `,
  },
  {
    version: 2,
    name: 'claims index, cases and the agency key secret',
    sql: `
      create table server_settings (
        key text primary key,
        value text not null
      );

      -- Cases are seen by the offices of both parties: more than one office per document.
      alter table documents add column scope_office_ids text[];

      -- "Claims by key": detection reads the earliest live holders of each key of a pushed client.
      create index documents_claims_key on documents ((data->>'keyHash'), ((data->>'since')::bigint), id)
        where collection = 'claims' and not deleted;
      -- "Claims of a client": what a client pushed again held before (tombstoned claims included).
      create index documents_claims_client on documents ((data->>'clientId')) where collection = 'claims';
    `,
    async apply(tx) {
      const secret = randomBytes(32).toString('hex');
      await tx.query('insert into server_settings (key, value) values ($1, $2)', [KEY_SECRET_SETTING, secret]);
      // Clients stored before this migration get their claims now (and the cases among them).
      // Those cases predate the regulations (migration 3): they get no recommendation.
      await backfillClaims(tx, { mode: 'on', hashKey: createNativeKeyHasher(secret), recommend: false }, Date.now());
    },
  },
  {
    version: 3,
    name: 'resolving cases: case steps, regulations, evidence and report reads',
    sql: `
      -- Immutable editions of the agency's regulations; version 0 (the shipped defaults) is not stored.
      create table regulation_versions (
        version integer primary key check (version > 0),
        rules jsonb not null,
        changed_by_id text not null,
        changed_by text not null,
        changed_at bigint not null,
        note text not null
      );

      -- Case steps (collection 'caseevents') are stored like cases, scoped by scope_office_ids.
      -- "Steps of a case": a push folds them before accepting a new one; reports fold them all.
      create index documents_caseevents_case on documents ((data->>'caseId')) where collection = 'caseevents';
      -- "Activities of a client": a case's evidence and the facts its recommendation weighs.
      create index documents_activities_client on documents ((data->>'clientId')) where collection = 'activities';
      -- "Every deal edition": the payout report.
      create index documents_deal_activities on documents (seq) where collection = 'activities' and (data->>'type') = 'deal';
      -- "Other members of a client's household": whether a newcomer asks for the owner's client's family.
      create index documents_clients_household on documents ((data->>'householdId')) where collection = 'clients' and not deleted;
    `,
  },
  {
    version: 4,
    name: 'sessions remember their pushes: pushed times are believed back to the previous push',
    sql: `
      -- Per session (token) and collection: when it last pushed, and how far back the times of its
      -- next push are believed (attestation/pushSession.ts). Goes with the token.
      create table session_pushes (
        token_hash text not null references auth_tokens (token_hash) on delete cascade,
        collection text not null,
        last_push_at bigint not null,
        believed_from bigint not null,
        primary key (token_hash, collection)
      );
      -- "Every edition of these deals": a pushed edition is checked against its deal's office.
      create index documents_deal_editions on documents ((data->'deal'->>'dealId')) where collection = 'activities' and (data->>'type') = 'deal';
    `,
  },
  {
    version: 5,
    name: 'a side of a case shares its notes with the other side',
    sql: `
      -- Once per side of a case, never taken back: the other party reads that side's notes from then on.
      create table case_note_shares (
        case_id text not null,
        side text not null check (side in ('owner', 'newcomer')),
        shared_by_id text not null,
        shared_by text not null,
        shared_at bigint not null,
        primary key (case_id, side)
      );
    `,
  },
  {
    version: 6,
    name: 'online claims look-up: the look-up log and refusals',
    sql: `
      -- One row per key per answered look-up: who, the key's hash (never the key), when, how many
      -- clients of other offices it found. The budget counts distinct key_hash per user per window.
      create table lookup_log (
        user_id text not null references users (id),
        key_hash text not null,
        at bigint not null,
        matched integer not null
      );
      create index lookup_log_user_at on lookup_log (user_id, at);
      create index lookup_log_at on lookup_log (at);

      -- Look-ups refused over budget: nothing was answered, but an admin should see who keeps trying.
      create table lookup_refusals (
        user_id text not null references users (id),
        at bigint not null,
        keys integer not null
      );
      create index lookup_refusals_at on lookup_refusals (at);
    `,
  },
  {
    version: 7,
    name: 'company notices replace the open cases a shared corporate domain alone opened',
    sql: '-- derived data only: see apply',
    async apply(tx) {
      await supersedeDomainCases(tx, Date.now());
    },
  },
  {
    version: 8,
    name: 'incoming requests: intake keys, desk statuses, requests and their routing',
    sql: `
      -- An office's key for its site or telephony: only the SHA-256 of the key is kept.
      create table intake_keys (
        id text primary key,
        office_id text not null references offices (id),
        name text not null,
        key_hash text not null unique,
        created_by text not null references users (id),
        created_at bigint not null,
        revoked_at bigint
      );

      -- available / busy / away, set by the person or their lead; a person without a row is available.
      create table desk_status (
        user_id text primary key references users (id),
        status text not null check (status in ('available', 'busy', 'away')),
        set_by text not null references users (id),
        set_at bigint not null
      );

      -- Every request taken and where it went. (source, external_id) makes intake idempotent:
      -- source is 'key:<intake key id>' or 'user:<user id>'. desk_turn_of/desk_day are the free
      -- desk's rotation: turns are counted from these rows, so the rotation survives restarts and is
      -- shared by every endpoint process (routing locks the office's row while it decides).
      create table requests (
        id text primary key,
        office_id text not null references offices (id),
        source text not null,
        external_id text not null,
        channel text not null,
        name text not null,
        phones jsonb not null,
        emails jsonb not null,
        note text not null,
        received_at bigint not null,
        assignee_id text not null references users (id),
        assignee_office_id text not null references offices (id),
        route text not null,
        reason jsonb not null,
        desk_turn_of text references users (id),
        desk_day text,
        owed_case_id text,
        state text not null default 'new' check (state in ('new', 'inWork', 'converted', 'lost')),
        state_reason text not null default '',
        first_response_at bigint,
        updated_at bigint not null,
        unique (source, external_id)
      );
      create index requests_desk_turns on requests (desk_turn_of, desk_day) where desk_turn_of is not null;
      create index requests_assignee on requests (assignee_id, received_at);
      create index requests_office on requests (office_id, received_at);
      create index requests_owed on requests (owed_case_id) where owed_case_id is not null;

      -- The request's phone and e-mail keys (hashed like claims): a repeat finds its earlier request.
      create table request_keys (
        key_hash text not null,
        request_id text not null references requests (id),
        received_at bigint not null,
        primary key (key_hash, request_id)
      );

      -- Owed leads are found through the cases a manager is a party of.
      create index documents_cases_owner_manager on documents ((data->'owner'->>'managerId')) where collection = 'cases' and not deleted;
      create index documents_cases_newcomer_manager on documents ((data->'newcomer'->>'managerId')) where collection = 'cases' and not deleted;
    `,
  },
  {
    version: 9,
    name: 'common monthly margin plans of an office or a group of offices',
    sql: `
      create table margin_plans (
        id text primary key,
        name text not null,
        month text not null,
        office_ids jsonb not null,
        target_amount bigint not null,
        currency text not null,
        set_by text not null references users (id),
        set_at bigint not null
      );
      create index margin_plans_month on margin_plans (month);
    `,
  },
  {
    version: 10,
    name: 'what each workstation last said of itself: app, system, unsent changes, last sync',
    sql: `
      alter table auth_tokens
        add column app_version text,
        add column workstation_kind text,
        add column workstation_system text,
        add column pending_changes integer,
        add column last_sync_at bigint;
    `,
  },
  {
    version: 11,
    name: 'who holds a corporate domain, found without reading its clients',
    sql: `
      -- "Does anyone but this manager hold the domain?": two probes (the least and the greatest
      -- owner), so a push carrying a domain of thousands of one manager's clients counts nothing.
      create index documents_claims_domain_owner on documents ((data->>'keyHash'), (data->>'ownerId'))
        where collection = 'claims' and not deleted and (data->>'kind') = 'domain';
    `,
  },
  {
    version: 12,
    name: 'offices can be disabled; who may act is one view',
    sql: `
      -- A disabled office keeps its people's own flags, so enabling it again gives back exactly the
      -- sign-ins it took away (a person disabled on their own stays disabled).
      alter table offices add column disabled boolean not null default false;
      -- Everyone who may sign in, be routed a request or be handed one: every such check reads this.
      create view active_users as
        select u.id, u.username, u.name, u.office_id, u.role
          from users u left join offices o on o.id = u.office_id
         where not u.disabled and not coalesce(o.disabled, false);
    `,
  },
];

export async function readKeySecret(db: SqlExecutor): Promise<string> {
  const rows = await db.query<{ value: string }>('select value from server_settings where key = $1', [
    KEY_SECRET_SETTING,
  ]);
  const secret = rows[0]?.value;
  if (!secret) throw new Error('The agency key secret is missing from server_settings (migration 2 did not run).');
  return secret;
}

/** Serialises migrations when several endpoint processes start on one database at once. */
const MIGRATION_LOCK = 0x636c6d01;

export async function migrate(store: SqlStore, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await store.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await store.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.length) return false;
      await tx.exec(migration.sql);
      await migration.apply?.(tx);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
