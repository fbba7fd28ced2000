// GET /reports/payouts: every paid deal of the period with each manager's share of its margin, by
// the splits of every resolved case; limited to what the viewer may see (payoutScope.ts).
import { foldDealEditions, splitsOfCase, toPayoutDeal } from '../../../shared/deals';
import type { ExportDelimiter } from '../../../shared/csv';
import {
  PAYOUT_CSV_HEADER,
  payoutReport,
  payoutReportCsv,
  type Deal,
  type PayoutLine,
  type PayoutReport,
} from '../../../shared/payouts';
import type { PayoutReportResponse, SessionUser } from '../../../shared/sync';
import { directory } from '../accounts/accounts';
import { editionsFromOrigin } from '../attestation/dealOrigin';
import type { SqlExecutor } from '../db/sqlStore';
import { dealActivities } from './caseData';
import { foldedCases } from './foldedCases';
import { payoutLineVisible, scopePayoutReport } from './payoutScope';
import type { PayoutQuery } from './reportQuery';

/** Every paid deal of the period, shared by the splits of every resolved case, unscoped: callers scope it. */
export async function agencyPayoutReport(
  db: SqlExecutor,
  query: Pick<PayoutQuery, 'period' | 'by'>,
): Promise<{ report: PayoutReport; people: Awaited<ReturnType<typeof directory>> }> {
  const [activities, cases, people] = await Promise.all([dealActivities(db), foldedCases(db), directory(db)]);
  // Editions another office wrote onto a deal (stored before the endpoint refused them) never count.
  const deals = foldDealEditions(editionsFromOrigin(activities))
    .map(toPayoutDeal)
    .filter((d): d is Deal => d !== null);
  const splits = cases.flatMap(({ caseDoc, state }) => splitsOfCase(caseDoc, state));
  const managerOffices = Object.fromEntries(
    people.users.filter((u) => u.officeId !== null).map((u) => [u.id, u.officeId as string]),
  );
  return { report: payoutReport({ deals, splits, period: query.period, by: query.by, managerOffices }), people };
}

export async function payoutReportFor(
  db: SqlExecutor,
  user: SessionUser,
  query: Pick<PayoutQuery, 'period' | 'by'>,
): Promise<PayoutReportResponse> {
  const agency = await agencyPayoutReport(db, query);
  const { people } = agency;
  const report = scopePayoutReport(agency.report, payoutLineVisible(user));
  const lines = report.groups.flatMap((g) => g.lines);
  const managerIds = new Set(lines.map((l) => l.managerId));
  // The other scopes' shares are named by office (never by manager): both managers know the split.
  const officeIds = new Set([...lines.map((l) => l.officeId), ...report.otherScopes.map((s) => s.officeId)]);
  return {
    report,
    managers: Object.fromEntries(people.users.filter((u) => managerIds.has(u.id)).map((u) => [u.id, u.name])),
    offices: Object.fromEntries(people.offices.filter((o) => officeIds.has(o.id)).map((o) => [o.id, o.name])),
  };
}

/** The report for accounting: people and offices by name (deals and clients keep their ids). */
export function payoutCsvOf(response: PayoutReportResponse, delimiter: ExportDelimiter): string {
  const manager = (id: string): string => response.managers[id] ?? id;
  const office = (id: string): string => response.offices[id] ?? id;
  const line = (l: PayoutLine): PayoutLine => ({ ...l, managerId: manager(l.managerId), officeId: office(l.officeId) });
  const r = response.report;
  const named: PayoutReport = {
    ...r,
    groups: r.groups.map((g) => ({
      ...g,
      key: r.by === 'manager' ? manager(g.key) : office(g.key),
      lines: g.lines.map(line),
    })),
    totalsByManager: r.totalsByManager.map((t) => ({ ...t, managerId: manager(t.managerId) })),
    totalsByOffice: r.totalsByOffice.map((t) => ({ ...t, officeId: office(t.officeId) })),
  };
  return payoutReportCsv(named, { delimiter, header: PAYOUT_CSV_HEADER });
}
