// The trend leads care about: are conflicts going down, between which offices, how fast
// they end, and how often the rules alone settle them.
import type { Period } from './payoutReport';
import { compareIds } from './splitAmount';

export const RESOLUTION_KINDS = ['rule', 'agreement', 'decision'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export interface CaseRecord {
  openedAt: string;
  resolvedAt?: string;
  resolution?: ResolutionKind;
  officePair: readonly [string, string];
}

export interface CaseCounts {
  opened: number;
  resolved: number;
  /** Median milliseconds from opening to resolution among resolved cases; null when none. */
  medianResolutionMs: number | null;
  byResolution: Record<ResolutionKind, number>;
  /** Fractions (0..1) of resolved cases by kind; shares, not money, so floats are fine. */
  shareByResolution: Record<ResolutionKind, number>;
}

export interface CaseStats extends CaseCounts {
  /** "YYYY-MM" (UTC) → counts, sorted ascending; months with no cases are included so charts have no gaps. */
  byMonth: ({ month: string } & CaseCounts)[];
  /** Offices sorted within the pair, so A↔B and B↔A are one row. Same-office cases have a == b. */
  byOfficePair: ({ offices: [string, string] } & CaseCounts)[];
}

/** Cases opened within the period (from inclusive, to exclusive). */
export function caseStats(cases: readonly CaseRecord[], period: Period): CaseStats {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  const inside = cases.filter((c) => {
    const at = Date.parse(c.openedAt);
    return at >= from && at < to;
  });

  const byMonth = new Map<string, CaseRecord[]>(monthsBetween(from, to).map((m) => [m, []]));
  for (const c of inside) byMonth.get(monthOf(Date.parse(c.openedAt)))?.push(c);

  const byPair = new Map<string, { offices: [string, string]; cases: CaseRecord[] }>();
  for (const c of inside) {
    const offices = [...c.officePair].sort(compareIds) as [string, string];
    const key = JSON.stringify(offices);
    const entry = byPair.get(key) ?? { offices, cases: [] };
    entry.cases.push(c);
    byPair.set(key, entry);
  }

  return {
    ...countsOf(inside),
    byMonth: [...byMonth].map(([month, list]) => ({ month, ...countsOf(list) })),
    byOfficePair: [...byPair.values()]
      .sort((a, b) => compareIds(a.offices[0], b.offices[0]) || compareIds(a.offices[1], b.offices[1]))
      .map((p) => ({ offices: p.offices, ...countsOf(p.cases) })),
  };
}

function countsOf(list: readonly CaseRecord[]): CaseCounts {
  const resolved = list.filter((c) => c.resolvedAt !== undefined);
  const byResolution: Record<ResolutionKind, number> = { rule: 0, agreement: 0, decision: 0 };
  for (const c of resolved) if (c.resolution) byResolution[c.resolution] += 1;
  const share = (n: number): number => (resolved.length === 0 ? 0 : n / resolved.length);
  return {
    opened: list.length,
    resolved: resolved.length,
    medianResolutionMs: median(resolved.map((c) => Date.parse(c.resolvedAt ?? '') - Date.parse(c.openedAt))),
    byResolution,
    shareByResolution: {
      rule: share(byResolution.rule),
      agreement: share(byResolution.agreement),
      decision: share(byResolution.decision),
    },
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

const monthOf = (at: number): string => new Date(at).toISOString().slice(0, 7);

/** Every UTC month touched by [from, to). */
function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  if (!(to > from)) return months;
  const cursor = new Date(from);
  let year = cursor.getUTCFullYear();
  let month = cursor.getUTCMonth();
  const last = monthOf(to - 1);
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) break;
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}
