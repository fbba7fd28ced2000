// GET /admin/lookups: who looked up how much, for an admin to spot someone enumerating numbers.
import type { Checked, LookupUsage, LookupUsageResponse } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { DAY_MS, HOUR_MS } from './budget';
import { readLookupBudget } from './budgetSettings';

const DEFAULT_SINCE_MS = 30 * DAY_MS;
/** A date (2025-01-01, UTC midnight) or an ISO 8601 instant with a time zone. */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** `since`: epoch milliseconds or an ISO 8601 date or instant; absent: the last 30 days. */
export function checkSince(raw: string | undefined, now: number): Checked<number> {
  if (raw === undefined || raw === '') return { ok: true, value: now - DEFAULT_SINCE_MS };
  const at = /^\d{1,15}$/.test(raw) ? Number(raw) : ISO.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(at))
    return {
      ok: false,
      fields: [
        {
          field: 'since',
          message: `"${raw}" is not a time: give epoch milliseconds, YYYY-MM-DD or an ISO 8601 time with a zone.`,
        },
      ],
    };
  return { ok: true, value: at };
}

interface UsageRow {
  user_id: string;
  name: string;
  office_id: string | null;
  last_hour: number;
  last_day: number;
  total: number;
  lookups: number;
  found: number;
  refused: number;
  last_at: number;
}

export async function lookupUsage(db: SqlExecutor, since: number, now: number): Promise<LookupUsageResponse> {
  // Read from the earlier of `since` and a day ago: the hour and day columns need the last day.
  const from = Math.min(since, now - DAY_MS);
  const rows = await db.query<UsageRow>(
    `with looked as (
       select user_id,
         (count(distinct key_hash) filter (where at > $2))::int as last_hour,
         (count(distinct key_hash) filter (where at > $3))::int as last_day,
         (count(distinct key_hash) filter (where at >= $1))::int as total,
         (count(*) filter (where at >= $1))::int as lookups,
         (count(*) filter (where at >= $1 and matched > 0))::int as found,
         max(at) as last_at
       from lookup_log where at >= $4 group by user_id
     ), refused as (
       select user_id, (count(*) filter (where at >= $1))::int as refused, max(at) as last_at
       from lookup_refusals where at >= $4 group by user_id
     )
     select u.id as user_id, u.name, u.office_id,
       coalesce(l.last_hour, 0) as last_hour, coalesce(l.last_day, 0) as last_day, coalesce(l.total, 0) as total,
       coalesce(l.lookups, 0) as lookups, coalesce(l.found, 0) as found, coalesce(r.refused, 0) as refused,
       greatest(l.last_at, r.last_at)::float8 as last_at
     from users u
     left join looked l on l.user_id = u.id
     left join refused r on r.user_id = u.id
     where l.user_id is not null or r.user_id is not null
     order by last_at desc, u.name`,
    [since, now - HOUR_MS, now - DAY_MS, from],
  );
  const users = rows.map((r): LookupUsage => ({
    userId: r.user_id,
    userName: r.name,
    officeId: r.office_id,
    lastHour: r.last_hour,
    lastDay: r.last_day,
    total: r.total,
    lookups: r.lookups,
    found: r.found,
    refused: r.refused,
    lastAt: r.last_at,
  }));
  return { since, budget: await readLookupBudget(db), users };
}
