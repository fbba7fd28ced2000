// Common monthly margin plans: stored targets, and their progress from the payout report's shares
// (each manager's share of each paid deal, so a split deal counts for both offices in its parts).
import { randomUUID } from 'node:crypto';
import type { CurrencyCode } from '../../../shared/payouts/money';
import type { MarginPlan, PlanProgress, PlansResponse, SavePlanRequest, SessionUser } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { agencyPayoutReport } from '../resolution/payoutReport';

interface Row {
  id: string;
  name: string;
  month: string;
  office_ids: string[];
  target_amount: number;
  currency: CurrencyCode;
  set_by: string;
  set_at: number;
}

function planOf(r: Row): MarginPlan {
  return {
    id: r.id,
    name: r.name,
    month: r.month,
    officeIds: r.office_ids,
    target: { amount: r.target_amount, currency: r.currency },
    setBy: r.set_by,
    setAt: r.set_at,
  };
}

/** The month's first instant to the next month's, on the endpoint's clock and time zone. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(year, m - 1, 1).toISOString(), to: new Date(year, m, 1).toISOString() };
}

function takesPart(user: SessionUser, officeIds: readonly string[]): boolean {
  return user.role === 'admin' || (user.officeId !== null && officeIds.includes(user.officeId));
}

export async function savePlan(
  db: SqlExecutor,
  user: SessionUser,
  input: SavePlanRequest,
  now: number,
): Promise<MarginPlan> {
  if (user.role !== 'lead' && user.role !== 'admin')
    throw new ApiFailure(403, 'forbidden', 'Only a lead or an admin sets a plan.');
  if (!takesPart(user, input.officeIds))
    throw new ApiFailure(403, 'forbidden', 'A lead sets plans their own office takes part in; include your office.');
  const known = await db.query<{ id: string }>(
    'select id from offices where id = any(array(select jsonb_array_elements_text($1::jsonb)))',
    [JSON.stringify(input.officeIds)],
  );
  const missing = input.officeIds.filter((id) => !known.some((k) => k.id === id));
  if (missing.length)
    throw new ApiFailure(400, 'validation_failed', `There is no office "${missing[0]}".`, [
      { field: 'officeIds', message: `There is no office "${missing[0]}".` },
    ]);
  if (input.id) {
    const before = await db.query<Row>('select * from margin_plans where id = $1', [input.id]);
    if (!before[0]) throw new ApiFailure(404, 'not_found', 'There is no such plan.');
    if (!takesPart(user, before[0].office_ids))
      throw new ApiFailure(403, 'forbidden', 'This plan belongs to other offices.');
  }
  const id = input.id ?? randomUUID();
  await db.query(
    `insert into margin_plans (id, name, month, office_ids, target_amount, currency, set_by, set_at)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)
     on conflict (id) do update set name = excluded.name, month = excluded.month, office_ids = excluded.office_ids,
       target_amount = excluded.target_amount, currency = excluded.currency, set_by = excluded.set_by, set_at = excluded.set_at`,
    [
      id,
      input.name,
      input.month,
      JSON.stringify(input.officeIds),
      input.target.amount,
      input.target.currency,
      user.id,
      now,
    ],
  );
  return {
    id,
    name: input.name,
    month: input.month,
    officeIds: input.officeIds,
    target: input.target,
    setBy: user.id,
    setAt: now,
  };
}

export async function plansOf(db: SqlExecutor, user: SessionUser, month: string): Promise<PlansResponse> {
  const rows = await db.query<Row>(
    `select id, name, month, office_ids, target_amount::float8 as target_amount, currency, set_by, set_at::float8 as set_at
     from margin_plans where month = $1 order by name, id`,
    [month],
  );
  const plans = rows.map(planOf).filter((p) => takesPart(user, p.officeIds));
  if (!plans.length) return { month, plans: [] };
  const { report, people } = await agencyPayoutReport(db, { period: monthPeriod(month), by: 'manager' });
  const lines = report.groups.flatMap((g) => g.lines);
  const officeName = new Map(people.offices.map((o) => [o.id, o.name]));
  const managerName = new Map(people.users.map((u) => [u.id, u.name]));
  const progress = plans.map((plan): PlanProgress => {
    const counted = lines.filter(
      (l) => plan.officeIds.includes(l.officeId) && l.owed.currency === plan.target.currency,
    );
    const sum = (of: typeof counted) => of.reduce((total, l) => total + l.owed.amount, 0);
    const managers = [...new Set(counted.map((l) => l.managerId))];
    return {
      plan,
      achieved: sum(counted),
      byOffice: plan.officeIds.map((officeId) => ({
        officeId,
        officeName: officeName.get(officeId) ?? officeId,
        achieved: sum(counted.filter((l) => l.officeId === officeId)),
      })),
      byManager: managers
        .map((managerId) => {
          const own = counted.filter((l) => l.managerId === managerId);
          return {
            managerId,
            managerName: managerName.get(managerId) ?? managerId,
            officeId: own[0]!.officeId,
            achieved: sum(own),
          };
        })
        .sort((a, b) => b.achieved - a.achieved),
    };
  });
  return { month, plans: progress };
}
