// Who sees which lines of the payout report: admins all, a lead the lines paid through their
// office, a manager their own. Totals are recomputed from what is left, never carried over. Pure.
import {
  payoutGroups,
  totalsOf,
  type OtherScopeShare,
  type PayoutLine,
  type PayoutReport,
} from '../../../shared/payouts';
import type { SessionUser } from '../../../shared/sync';

export function payoutLineVisible(user: SessionUser): (line: PayoutLine) => boolean {
  if (user.role === 'admin') return () => true;
  if (user.role === 'lead') return (line) => line.officeId === user.officeId;
  return (line) => line.managerId === user.id;
}

/**
 * The report limited to the visible lines. `marginTotals` and `dealCount` cover the deals with at
 * least one visible line, and the rest of those deals is named in `otherScopes` by office only:
 * both managers of a split know it, so the lead of office 1 may see "office 2 — 40%" of it and
 * their report reconciles (own shares + other scopes' = margins) instead of crying wolf. Nothing
 * else of another office (its managers, its other deals) is in it.
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
  const ofDeals = all.filter((l) => deals.has(l.dealId));
  const otherScopes = otherScopeShares(ofDeals.filter((l) => !visible(l)));
  return {
    ...report,
    groups,
    totalsByManager: payoutGroups(lines, (l) => l.managerId).map((g) => ({ managerId: g.key, totals: g.totals })),
    totalsByOffice: payoutGroups(lines, (l) => l.officeId).map((g) => ({ officeId: g.key, totals: g.totals })),
    overall: totalsOf(lines.map((l) => l.owed)),
    // Each deal's lines split its margin exactly (shared/payouts splitAmount), so they sum back to
    // it; a deal's correction lines sum to zero.
    marginTotals: totalsOf(ofDeals.map((l) => l.owed)),
    dealCount: new Set(lines.filter((l) => !l.correction).map((l) => l.dealId)).size,
    correctedDealCount: new Set(lines.filter((l) => l.correction).map((l) => l.dealId)).size,
    otherScopes,
    otherScopeTotals: totalsOf(otherScopes.map((s) => s.owed)),
  };
}

/** Hidden lines summed per deal, office and correction: whose manager it was stays at the endpoint. */
function otherScopeShares(hidden: readonly PayoutLine[]): OtherScopeShare[] {
  const shares = new Map<string, OtherScopeShare>();
  for (const line of hidden) {
    const key = [line.dealId, line.officeId, line.correction?.at ?? ''].join('|');
    const known = shares.get(key);
    if (known) {
      known.pct += line.pct;
      known.owed = { amount: known.owed.amount + line.owed.amount, currency: known.owed.currency };
    } else {
      shares.set(key, {
        dealId: line.dealId,
        officeId: line.officeId,
        pct: line.pct,
        owed: { ...line.owed },
        ...(line.correction ? { correctionAt: line.correction.at } : {}),
      });
    }
  }
  return [...shares.values()];
}
