// Whether a look-up fits a person's budget: distinct keys per sliding hour and per sliding day.
// A key already looked up within a window costs nothing there again. Pure: the caller reads the
// person's recent look-ups under a lock on that person (lookupLog.ts), so concurrent requests of
// one person are assessed one after the other.
import type { LookupBudget, LookupBudgetState } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

interface Window {
  window: LookupBudgetState['window'];
  ms: number;
  limit: number;
}

export interface BudgetRefusal {
  window: LookupBudgetState['window'];
  used: number;
  limit: number;
  /** Keys of the request not looked up in the window yet: what it would cost. */
  newKeys: number;
  /** The earliest moment the request could fit; null when it is larger than the whole window's limit. */
  retryAt: number | null;
  /** When the window's last counted key leaves it (the window is empty again). */
  emptyAt: number;
}

export type BudgetAssessment = { fits: true; state: LookupBudgetState } | { fits: false; refusal: BudgetRefusal };

function windowsOf(budget: LookupBudget): Window[] {
  return [
    { window: 'hour', ms: HOUR_MS, limit: budget.perHour },
    { window: 'day', ms: DAY_MS, limit: budget.perDay },
  ];
}

/**
 * `recent`: the latest look-up time of each key hash the person looked up in the last day.
 * `hashes`: the distinct key hashes of this request.
 */
export function assessBudget(
  recent: ReadonlyMap<string, number>,
  hashes: readonly string[],
  budget: LookupBudget,
  now: number,
): BudgetAssessment {
  const states: LookupBudgetState[] = [];
  const refusals: BudgetRefusal[] = [];
  for (const { window, ms, limit } of windowsOf(budget)) {
    const isCounted = (at: number | undefined): at is number => at !== undefined && at > now - ms;
    const counted = [...recent.values()].filter(isCounted).sort((a, b) => a - b);
    const newKeys = hashes.filter((h) => !isCounted(recent.get(h))).length;
    const used = counted.length + newKeys;
    const emptyAt = (counted[counted.length - 1] ?? now) + ms;
    if (used > limit) {
      // A key leaves the window `ms` after its latest look-up; the request fits once enough have left.
      const mustLeave = used - limit;
      const retryAt = newKeys > limit ? null : counted[mustLeave - 1]! + ms;
      refusals.push({ window, used: counted.length, limit, newKeys, retryAt, emptyAt });
      continue;
    }
    states.push({ window, used, limit, resetsAt: used ? (counted[0] ?? now) + ms : null });
  }
  if (refusals.length) {
    // Both windows must have room: the refusal that lasts longer is the one to report.
    const worst = refusals.reduce((a, b) => ((a.retryAt ?? Infinity) >= (b.retryAt ?? Infinity) ? a : b));
    return { fits: false, refusal: worst };
  }
  const tightest = states.reduce((a, b) => (b.limit - b.used <= a.limit - a.used ? b : a));
  return { fits: true, state: tightest };
}

const IN_WORDS = { hour: 'hour', day: '24 hours' } as const;

/** 429 with Retry-After, in words a person can act on. */
export function refusalFailure(refusal: BudgetRefusal, budget: LookupBudget, now: number): ApiFailure {
  const period = IN_WORDS[refusal.window];
  const rules = `The agency allows ${budget.perHour} different phones, emails and domains per hour and ${budget.perDay} per 24 hours per person.`;
  const at = refusal.retryAt ?? refusal.emptyAt;
  const seconds = Math.max(1, Math.ceil((at - now) / 1000));
  const when = `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${Math.ceil(seconds / 60)} min)`;
  const message =
    refusal.retryAt === null
      ? `Nothing was looked up: this look-up has ${refusal.newKeys} new keys, more than the ${refusal.limit} allowed per ${period}. ${rules} Look up fewer keys at once.`
      : `Nothing was looked up: you have looked up ${refusal.used} ${refusal.used === 1 ? 'phone, email or domain' : 'different phones, emails and domains'} in the last ${period}, and this look-up adds ${refusal.newKeys}. ${rules} You can look up new ones again from ${when}; keys you looked up within the last hour can be checked again at no cost.`;
  return new ApiFailure(429, 'too_many_requests', message, undefined, { 'retry-after': String(seconds) });
}
