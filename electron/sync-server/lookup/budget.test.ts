import { describe, expect, it } from 'vitest';
import { assessBudget, DAY_MS, HOUR_MS, refusalFailure } from './budget';

const NOW = 1_800_000_000_000;
const budget = { perHour: 3, perDay: 5 };
const recent = (entries: Array<[string, number]>): Map<string, number> => new Map(entries);

describe('assessBudget', () => {
  it('counts distinct keys per window; a key looked up within the window is free', () => {
    const seen = recent([
      ['a', NOW - 10 * 60_000],
      ['b', NOW - 5 * 60_000],
    ]);
    expect(assessBudget(seen, ['a', 'b', 'c'], budget, NOW)).toEqual({
      fits: true,
      state: { window: 'hour', used: 3, limit: 3, resetsAt: NOW - 10 * 60_000 + HOUR_MS },
    });
    expect(assessBudget(seen, ['a', 'c', 'd'], budget, NOW)).toMatchObject({
      fits: false,
      refusal: { window: 'hour', used: 2, newKeys: 2, retryAt: NOW - 10 * 60_000 + HOUR_MS },
    });
  });

  it('a key older than an hour counts again for the hour, but not for the day', () => {
    const seen = recent([
      ['a', NOW - 2 * HOUR_MS],
      ['b', NOW - 3 * HOUR_MS],
      ['c', NOW - 4 * HOUR_MS],
      ['d', NOW - 5 * HOUR_MS],
    ]);
    expect(assessBudget(seen, ['a'], budget, NOW)).toEqual({
      fits: true,
      state: { window: 'day', used: 4, limit: 5, resetsAt: NOW - 5 * HOUR_MS + DAY_MS },
    });
    expect(assessBudget(seen, ['e', 'f'], budget, NOW)).toMatchObject({
      fits: false,
      refusal: { window: 'day', used: 4, newKeys: 2, retryAt: NOW - 5 * HOUR_MS + DAY_MS },
    });
  });

  it('a request larger than a whole window never fits, and says so', () => {
    const assessment = assessBudget(new Map(), ['a', 'b', 'c', 'd'], budget, NOW);
    expect(assessment).toMatchObject({ fits: false, refusal: { window: 'hour', newKeys: 4, retryAt: null } });
    if (assessment.fits) return;
    const failure = refusalFailure(assessment.refusal, budget, NOW);
    expect(failure.status).toBe(429);
    expect(failure.message).toContain('Look up fewer keys at once');
  });

  it('refuses in words with Retry-After in seconds', () => {
    const assessment = assessBudget(recent([['a', NOW - HOUR_MS + 90_000]]), ['b', 'c', 'd'], budget, NOW);
    if (assessment.fits) throw new Error('should not fit');
    const failure = refusalFailure(assessment.refusal, budget, NOW);
    expect(failure.headers).toEqual({ 'retry-after': '90' });
    expect(failure.message).toMatch(
      /^Nothing was looked up: you have looked up 1 phone, email or domain in the last hour, and this look-up adds 3\..*in 2 min/,
    );
  });
});
