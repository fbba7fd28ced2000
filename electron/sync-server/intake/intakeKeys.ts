// Intake keys: how a site form or a telephony system of one office hands requests in without any
// person's token. The key is shown once at creation; only its SHA-256 is stored (keys are 32
// random bytes, so a slow hash would add nothing but latency to every intake call).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  INTAKE_KEY_PREFIX,
  type CreateIntakeKeyRequest,
  type CreatedIntakeKey,
  type IntakeKeyListing,
  type RevokeIntakeKeyRequest,
  type RevokedIntakeKey,
} from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';

export function hashIntakeKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface IntakeKeyOwner {
  keyId: string;
  officeId: string;
}

/** The office a live key belongs to; null for an unknown or revoked key. */
export async function officeOfIntakeKey(db: SqlExecutor, key: string): Promise<IntakeKeyOwner | null> {
  const rows = await db.query<{ id: string; office_id: string }>(
    'select id, office_id from intake_keys where key_hash = $1 and revoked_at is null',
    [hashIntakeKey(key)],
  );
  const row = rows[0];
  return row ? { keyId: row.id, officeId: row.office_id } : null;
}

export async function createIntakeKey(
  db: SqlExecutor,
  input: CreateIntakeKeyRequest,
  adminId: string,
  now: number,
): Promise<CreatedIntakeKey> {
  const offices = await db.query<{ id: string }>('select id from offices where id = $1 or lower(name) = lower($1)', [
    input.office,
  ]);
  const office = offices[0];
  if (!office)
    throw new ApiFailure(404, 'unknown_office', `There is no office "${input.office}".`, [
      { field: 'office', message: `There is no office "${input.office}".` },
    ]);
  const key = `${INTAKE_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await db.query(
    'insert into intake_keys (id, office_id, name, key_hash, created_by, created_at) values ($1, $2, $3, $4, $5, $6)',
    [id, office.id, input.name, hashIntakeKey(key), adminId, now],
  );
  return { id, officeId: office.id, name: input.name, key };
}

export async function revokeIntakeKey(
  db: SqlExecutor,
  input: RevokeIntakeKeyRequest,
  now: number,
): Promise<RevokedIntakeKey> {
  const where = input.key ? 'key_hash' : 'id';
  const value = input.key ? hashIntakeKey(input.key) : input.id;
  const before = await db.query<{ revoked_at: number | null }>(
    `select revoked_at::float8 as revoked_at from intake_keys where ${where} = $1`,
    [value],
  );
  if (!before[0]) throw new ApiFailure(404, 'not_found', 'No intake key matches; nothing was revoked.');
  const rows = await db.query<{ id: string; office_id: string; name: string; revoked_at: number }>(
    `update intake_keys set revoked_at = coalesce(revoked_at, $2) where ${where} = $1
     returning id, office_id, name, revoked_at::float8 as revoked_at`,
    [value, now],
  );
  const row = rows[0]!;
  return {
    id: row.id,
    officeId: row.office_id,
    name: row.name,
    revokedAt: row.revoked_at,
    alreadyRevoked: before[0].revoked_at !== null,
  };
}

export async function listIntakeKeys(db: SqlExecutor): Promise<IntakeKeyListing[]> {
  const rows = await db.query<{
    id: string;
    office_id: string;
    name: string;
    created_at: number;
    revoked_at: number | null;
  }>(
    'select id, office_id, name, created_at::float8 as created_at, revoked_at::float8 as revoked_at from intake_keys order by created_at, id',
  );
  return rows.map((r) => ({
    id: r.id,
    officeId: r.office_id,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}
