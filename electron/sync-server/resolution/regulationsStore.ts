// The agency's regulations as immutable numbered versions in the regulation_versions table.
// Version 0 is the shipped DEFAULT_REGULATIONS and is never stored: an agency that never edited
// its rules follows whatever defaults its Claimdesk version ships.
import {
  DEFAULT_REGULATIONS,
  reviseRegulations,
  type RegulationsVersion,
  type Rule,
} from '../../../shared/regulations';
import type { RegulationsResponse, RegulationsUpdate, SessionUser } from '../../../shared/sync';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';

export const DEFAULT_REGULATIONS_VERSION: RegulationsVersion = {
  version: 0,
  rules: JSON.parse(JSON.stringify(DEFAULT_REGULATIONS)) as Rule[],
  changedBy: 'Claimdesk',
  changedAt: 0,
  note: 'The default regulations shipped with Claimdesk.',
};

/** Serialises edits: two leads saving at once get one new version and one 409. */
const REGULATIONS_LOCK = 0x636c6d02;

interface VersionRow {
  version: number;
  rules: Rule[];
  changed_by: string;
  changed_at: number;
  note: string;
}

function toVersion(row: VersionRow): RegulationsVersion {
  return {
    version: row.version,
    rules: row.rules,
    changedBy: row.changed_by,
    changedAt: Number(row.changed_at),
    note: row.note,
  };
}

export async function currentRegulations(db: SqlExecutor): Promise<RegulationsVersion> {
  const rows = await db.query<VersionRow>(
    'select version, rules, changed_by, changed_at::float8 as changed_at, note from regulation_versions order by version desc limit 1',
  );
  return rows[0] ? toVersion(rows[0]) : DEFAULT_REGULATIONS_VERSION;
}

export async function regulationsWithHistory(db: SqlExecutor): Promise<RegulationsResponse> {
  const rows = await db.query<Omit<VersionRow, 'rules'> & { rule_count: number }>(
    'select version, changed_by, changed_at::float8 as changed_at, note, jsonb_array_length(rules) as rule_count from regulation_versions order by version desc',
  );
  const current = await currentRegulations(db);
  const base = DEFAULT_REGULATIONS_VERSION;
  return {
    current,
    history: [
      ...rows.map((r) => ({
        version: r.version,
        changedBy: r.changed_by,
        changedAt: Number(r.changed_at),
        note: r.note,
        ruleCount: Number(r.rule_count),
      })),
      {
        version: base.version,
        changedBy: base.changedBy,
        changedAt: base.changedAt,
        note: base.note,
        ruleCount: base.rules.length,
      },
    ],
  };
}

/**
 * Stores the next version. `basedOnVersion` must be the version in force (409 otherwise: someone
 * else saved meanwhile); the rules must pass shared/regulations' validation (400 per field).
 */
export async function reviseStoredRegulations(
  store: SqlStore,
  user: SessionUser,
  update: RegulationsUpdate,
  now: number,
): Promise<RegulationsResponse> {
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [REGULATIONS_LOCK]);
    const current = await currentRegulations(tx);
    if (update.basedOnVersion !== current.version) {
      throw new ApiFailure(
        409,
        'conflict',
        `The regulations were changed by ${current.changedBy} (version ${current.version}) after you opened version ${update.basedOnVersion}; nothing was saved. Reload them and make your change again.`,
        [{ field: 'basedOnVersion', message: `The version in force is ${current.version}.` }],
      );
    }
    const revised = reviseRegulations(current, update.rules, user.name, now, update.note);
    if (!revised.ok)
      throw new ApiFailure(
        400,
        'validation_failed',
        `The regulations were not saved: ${revised.errors.map((e) => e.message).join(' ')}`,
        revised.errors,
      );
    const next = revised.value;
    await tx.query(
      'insert into regulation_versions (version, rules, changed_by_id, changed_by, changed_at, note) values ($1, $2::jsonb, $3, $4, $5, $6)',
      [next.version, JSON.stringify(next.rules), user.id, next.changedBy, next.changedAt, next.note],
    );
    return regulationsWithHistory(tx);
  });
}
