// The agency's look-up budget, an admin's setting kept in server_settings (defaults until one is saved).
import { DEFAULT_LOOKUP_BUDGET, type LookupBudget } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

const PER_HOUR_SETTING = 'lookup_budget_per_hour';
const PER_DAY_SETTING = 'lookup_budget_per_day';

export async function readLookupBudget(db: SqlExecutor): Promise<LookupBudget> {
  const rows = await db.query<{ key: string; value: string }>(
    'select key, value from server_settings where key = $1 or key = $2',
    [PER_HOUR_SETTING, PER_DAY_SETTING],
  );
  const setting = (key: string, fallback: number): number => {
    const value = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    perHour: setting(PER_HOUR_SETTING, DEFAULT_LOOKUP_BUDGET.perHour),
    perDay: setting(PER_DAY_SETTING, DEFAULT_LOOKUP_BUDGET.perDay),
  };
}

/** Both limits in one statement: a look-up never sees one limit changed and the other not. */
export async function writeLookupBudget(db: SqlExecutor, budget: LookupBudget): Promise<LookupBudget> {
  await db.query(
    `insert into server_settings (key, value) values ($1, $2), ($3, $4)
     on conflict (key) do update set value = excluded.value`,
    [PER_HOUR_SETTING, String(budget.perHour), PER_DAY_SETTING, String(budget.perDay)],
  );
  return budget;
}
