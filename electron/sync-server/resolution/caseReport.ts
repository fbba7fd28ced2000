// GET /reports/cases: cases opened in a period, by month and office pair, how fast and how they
// were resolved (by the rule alone, an agreement or a lead's decision), from the shared fold.
import type { CaseDoc } from '../../../shared/db/schemas/case';
import { finalResolution } from '../../../shared/deals';
import { caseStats, type CaseRecord, type Period } from '../../../shared/payouts';
import type { CaseStatsResponse, SessionUser } from '../../../shared/sync';
import type { CaseState } from '../../../shared/workflow';
import { directory } from '../accounts/accounts';
import type { SqlExecutor } from '../db/sqlStore';
import { foldedCases } from './foldedCases';

/** An escalated case waits for a lead even when a rule's terms stay in force meanwhile: it is not resolved yet. */
export function caseRecordOf(
  caseDoc: Pick<CaseDoc, 'detectedAt' | 'owner' | 'newcomer'>,
  state: CaseState,
): CaseRecord {
  const final = state.phase === 'escalated' ? null : finalResolution(state);
  return {
    openedAt: new Date(caseDoc.detectedAt).toISOString(),
    ...(final ? { resolvedAt: new Date(final.at).toISOString(), resolution: final.kind } : {}),
    officePair: [caseDoc.owner.officeId, caseDoc.newcomer.officeId],
  };
}

/** Admins: every case; a lead: the cases their office is part of. */
export async function caseReportFor(db: SqlExecutor, user: SessionUser, period: Period): Promise<CaseStatsResponse> {
  const [cases, people] = await Promise.all([foldedCases(db), directory(db)]);
  const visible = cases.filter(
    ({ caseDoc }) => user.role === 'admin' || (user.officeId !== null && caseDoc.officeIds.includes(user.officeId)),
  );
  const stats = caseStats(
    visible.map(({ caseDoc, state }) => caseRecordOf(caseDoc, state)),
    period,
  );
  const officeIds = new Set(stats.byOfficePair.flatMap((p) => p.offices));
  return {
    stats,
    offices: Object.fromEntries(people.offices.filter((o) => officeIds.has(o.id)).map((o) => [o.id, o.name])),
  };
}
