// Who sees which lines of the payout report: admins all, a lead the lines paid through their
// office, a manager their own. Totals are recomputed from what is left, never carried over. Pure.
import { payoutGroups, totalsOf, type PayoutLine, type PayoutReport } from '../../../shared/payouts';
import type { SessionUser } from '../../../shared/sync';

export function payoutLineVisible(user: SessionUser): (line: PayoutLine) => boolean {
  if (user.role === 'admin') return () => true;
  if (user.role === 'lead') return (line) => line.officeId === user.officeId;
  return (line) => line.managerId === user.id;
}

/**
 * The report limited to the visible lines. `marginTotals` and `dealCount` cover the deals with at
 * least one visible line: a scoped report shows whose share of which deal, so its `overall` is
 * the viewer's part and may be less than those deals' margins.
 */
export function scopePayoutReport(report: PayoutReport, visible: (line: PayoutLine) => boolean): PayoutReport {
  const all = report.groups.flatMap((g) => g.lines);
  const lines = all.filter(visible);
  if (lines.length === all.length) return report;
  const deals = new Set(lines.map((l) => l.dealId));
  const groups = report.groups
    .map((g) => ({ ...g, lines: g.lines.filter(visible) }))
    .filter((g) => g.lines.length > 0)
    .map((g) => ({ ...g, totals: totalsOf(g.lines.map((l) => l.owed)) }));
  return {
    ...report,
    groups,
    totalsByManager: payoutGroups(lines, (l) => l.managerId).map((g) => ({ managerId: g.key, totals: g.totals })),
    totalsByOffice: payoutGroups(lines, (l) => l.officeId).map((g) => ({ officeId: g.key, totals: g.totals })),
    overall: totalsOf(lines.map((l) => l.owed)),
    // Each deal's lines split its margin exactly (shared/payouts splitAmount), so they sum back to it.
    marginTotals: totalsOf(all.filter((l) => deals.has(l.dealId)).map((l) => l.owed)),
    dealCount: deals.size,
  };
}
