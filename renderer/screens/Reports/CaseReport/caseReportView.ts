// What the case statistics screen shows, computed from the endpoint's CaseStats. The endpoint
// counts months in UTC ("YYYY-MM"), so the period asked for starts and ends on UTC month starts
// too: otherwise the first and last bars would be slivers of a month.
import {
  RESOLUTION_KINDS,
  type CaseCounts,
  type CaseStats,
  type Period,
  type ResolutionKind,
} from '../../../../shared/payouts';

/** The last `months` calendar months up to and including the current one. */
export function recentMonths(months: number, now: number): Period {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return {
    from: new Date(Date.UTC(y, m - (months - 1), 1)).toISOString(),
    to: new Date(Date.UTC(y, m + 1, 1)).toISOString(),
  };
}

/** "Nov 2026" for "2026-11", read as the UTC month it is. */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

export interface MonthBar {
  month: string;
  label: string;
  opened: number;
  resolved: number;
}

export function monthBars(stats: Pick<CaseStats, 'byMonth'>, locale: string): MonthBar[] {
  return stats.byMonth.map((m) => ({
    month: m.month,
    label: monthLabel(m.month, locale),
    opened: m.opened,
    resolved: m.resolved,
  }));
}

export interface ResolutionSlice {
  kind: ResolutionKind;
  count: number;
  /** 0..1 of the resolved cases. */
  share: number;
}

/** Rule, agreement, decision: always all three, in that order, so the legend never jumps. */
export function resolutionSlices(counts: Pick<CaseCounts, 'byResolution' | 'shareByResolution'>): ResolutionSlice[] {
  return RESOLUTION_KINDS.map((kind) => ({
    kind,
    count: counts.byResolution[kind],
    share: counts.shareByResolution[kind],
  }));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "2 days 5 hours", "3 hours", "40 minutes" ("2 дня 5 часов"): a duration as people say it,
 * to the precision that matters for how long a conflict lasted.
 */
export function durationWords(ms: number, locale: string): string {
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const total = Math.max(0, Math.round(ms / MINUTE)) * MINUTE;
  if (total >= DAY) {
    const days = Math.floor(total / DAY);
    const hours = Math.round((total - days * DAY) / HOUR);
    if (hours === 24) return unit(days + 1, 'day');
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  }
  if (total >= HOUR) return unit(Math.round(total / HOUR), 'hour');
  return unit(Math.max(1, total / MINUTE), 'minute');
}

export interface OfficePairRow extends CaseCounts {
  key: string;
  /** Display names, sorted as the endpoint sorted the ids. */
  offices: [string, string];
  /** Both managers in one office. */
  sameOffice: boolean;
}

export function officePairRows(
  stats: Pick<CaseStats, 'byOfficePair'>,
  officeNames: Readonly<Record<string, string>>,
): OfficePairRow[] {
  return stats.byOfficePair.map(({ offices, ...counts }) => ({
    ...counts,
    key: offices.join('|'),
    offices: [officeNames[offices[0]] ?? offices[0], officeNames[offices[1]] ?? offices[1]],
    sameOffice: offices[0] === offices[1],
  }));
}

export interface MonthTrend {
  month: string;
  opened: number;
  previousMonth: string;
  previousOpened: number;
}

/**
 * "Did the conflicts go down?": the last complete month against the one before. The current
 * month is still running, so comparing it would always look like an improvement.
 */
export function lastMonthTrend(stats: Pick<CaseStats, 'byMonth'>, currentMonth: string): MonthTrend | null {
  const complete = stats.byMonth.filter((m) => m.month < currentMonth);
  const last = complete.at(-1);
  const before = complete.at(-2);
  return last && before
    ? { month: last.month, opened: last.opened, previousMonth: before.month, previousOpened: before.opened }
    : null;
}

/** "2026-11" for `now`, in UTC like the endpoint's months. */
export function utcMonthOf(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}
