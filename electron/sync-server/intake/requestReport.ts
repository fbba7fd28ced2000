// The requests report: per channel and office, routes (how many reached an existing owner), states,
// time to first response, owed leads given and still owed, conversion — over what the caller may see.
import type { Period } from '../../../shared/payouts/payoutReport';
import type { RequestReport, SessionUser } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { foldedCases } from '../resolution/foldedCases';

/** The caller's requests: a manager their own, a lead those their office took or was given, an admin all. */
function scopeOf(user: SessionUser): { where: string; params: unknown[] } {
  if (user.role === 'admin') return { where: 'true', params: [] };
  if (user.role === 'lead')
    return { where: '(r.office_id = $3 or r.assignee_office_id = $3)', params: [user.officeId] };
  return { where: 'r.assignee_id = $3', params: [user.id] };
}

async function outstandingLeads(db: SqlExecutor, user: SessionUser): Promise<number> {
  let owed = 0;
  for (const { caseDoc, state } of await foldedCases(db)) {
    const compensation = (state.decided ?? state.agreed)?.terms.leadsCompensation;
    if (!compensation) continue;
    const parties = [caseDoc.owner, caseDoc.newcomer];
    const visible =
      user.role === 'admin' ||
      parties.some((p) => (user.role === 'lead' ? p.officeId === user.officeId : p.managerId === user.id));
    if (visible) owed += Math.max(0, compensation.count - state.leadsHandedOver);
  }
  return owed;
}

export async function requestReportFor(db: SqlExecutor, user: SessionUser, period: Period): Promise<RequestReport> {
  const scope = scopeOf(user);
  const params = [Date.parse(period.from), Date.parse(period.to), ...scope.params];
  const inPeriod = `r.received_at >= $1 and r.received_at < $2 and ${scope.where}`;
  const [byChannel, byRoute, byState, response] = await Promise.all([
    db.query<{
      office_id: string;
      office_name: string;
      channel: RequestReport['byChannel'][number]['channel'];
      n: number;
    }>(
      `select r.office_id, o.name as office_name, r.channel, count(*)::int as n from requests r
       join offices o on o.id = r.office_id where ${inPeriod}
       group by r.office_id, o.name, r.channel order by o.name, r.channel`,
      params,
    ),
    db.query<{ route: RequestReport['byRoute'][number]['route']; n: number }>(
      `select r.route, count(*)::int as n from requests r where ${inPeriod} group by r.route order by r.route`,
      params,
    ),
    db.query<{ state: RequestReport['byState'][number]['state']; n: number }>(
      `select r.state, count(*)::int as n from requests r where ${inPeriod} group by r.state order by r.state`,
      params,
    ),
    db.query<{ answered: number; median: number | null; p90: number | null }>(
      `select count(*)::int as answered,
         percentile_cont(0.5) within group (order by (r.first_response_at - r.received_at))::float8 as median,
         percentile_cont(0.9) within group (order by (r.first_response_at - r.received_at))::float8 as p90
       from requests r where ${inPeriod} and r.first_response_at is not null`,
      params,
    ),
  ]);
  const count = (state: string) => byState.find((s) => s.state === state)?.n ?? 0;
  const closed = count('converted') + count('lost');
  return {
    from: period.from,
    to: period.to,
    total: byState.reduce((sum, s) => sum + s.n, 0),
    byChannel: byChannel.map((r) => ({
      officeId: r.office_id,
      officeName: r.office_name,
      channel: r.channel,
      requests: r.n,
    })),
    byRoute: byRoute.map((r) => ({ route: r.route, requests: r.n })),
    byState: byState.map((r) => ({ state: r.state, requests: r.n })),
    firstResponse: {
      answered: response[0]?.answered ?? 0,
      medianMs: response[0]?.median ?? null,
      p90Ms: response[0]?.p90 ?? null,
    },
    owedLeads: {
      given: byRoute.find((r) => r.route === 'owedLead')?.n ?? 0,
      outstanding: await outstandingLeads(db, user),
    },
    conversion: closed ? count('converted') / closed : null,
  };
}
