// The payout period as a person picks it: a calendar month (the usual payroll question) or a
// range of days. Boundaries are local midnight: "November" is the office's November, so a deal
// paid at 01:00 on 1 December in Moscow is December's even though it is still 30 November in UTC.
import type { Period } from '../../../../shared/payouts';

export type PeriodChoice = { kind: 'month'; month: string } | { kind: 'range'; from: string; to: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11" for the month `at` falls in, in local time. */
export function monthOf(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** A real calendar day: "2026-02-30" is refused, not rolled over into March. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/** The month `delta` months from `month` ("2026-01", -1 → "2025-12"). */
export function shiftMonth(month: string, delta: number): string {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  const d = new Date(Number(m[1]), Number(m[2]) - 1 + delta, 1);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

export function thisMonth(now: number): PeriodChoice {
  return { kind: 'month', month: monthOf(now) };
}

export function previousMonth(now: number): PeriodChoice {
  return { kind: 'month', month: shiftMonth(monthOf(now), -1) };
}

export type PeriodProblem = 'month' | 'from' | 'to' | 'order';

/** The report's [from, to) instants, or what is wrong with the choice. A range includes its last day. */
export function periodOf(choice: PeriodChoice): { ok: true; period: Period } | { ok: false; problem: PeriodProblem } {
  if (choice.kind === 'month') {
    if (!isMonth(choice.month)) return { ok: false, problem: 'month' };
    const [y, m] = choice.month.split('-').map(Number) as [number, number];
    return { ok: true, period: { from: new Date(y, m - 1, 1).toISOString(), to: new Date(y, m, 1).toISOString() } };
  }
  if (!isDay(choice.from)) return { ok: false, problem: 'from' };
  if (!isDay(choice.to)) return { ok: false, problem: 'to' };
  if (choice.to < choice.from) return { ok: false, problem: 'order' };
  const [fy, fm, fd] = choice.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = choice.to.split('-').map(Number) as [number, number, number];
  return {
    ok: true,
    period: { from: new Date(fy, fm - 1, fd).toISOString(), to: new Date(ty, tm - 1, td + 1).toISOString() },
  };
}

/** "claimdesk-payouts-2026-11.csv", "claimdesk-payouts-by-office-2026-11-03_2026-11-20.xlsx". */
export function payoutFileName(
  choice: PeriodChoice,
  by: 'manager' | 'office',
  extension: 'csv' | 'xlsx' = 'csv',
): string {
  const span = choice.kind === 'month' ? choice.month : `${choice.from}_${choice.to}`;
  return `claimdesk-payouts-${by === 'office' ? 'by-office-' : ''}${span}.${extension}`;
}

/** "November 2026", "3 – 20 Nov 2026": the period as the report's heading says it. */
export function periodLabel(choice: PeriodChoice, locale: string): string {
  if (choice.kind === 'month') {
    const [y, m] = choice.month.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
  }
  const [fy, fm, fd] = choice.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = choice.to.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    new Date(fy, fm - 1, fd),
    new Date(ty, tm - 1, td),
  );
}
