import { describe, expect, it } from 'vitest';
import { caseStats, median, type CaseRecord } from './caseStats';

const HOUR = 3_600_000;
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();
const resolved = (
  openedAt: string,
  hours: number,
  resolution: CaseRecord['resolution'],
  officePair: [string, string],
): CaseRecord => ({ openedAt, resolvedAt: at(openedAt, hours), resolution, officePair });

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('caseStats', () => {
  const cases: CaseRecord[] = [
    resolved('2026-01-05T10:00:00Z', 2, 'rule', ['office-b', 'office-a']),
    resolved('2026-01-20T10:00:00Z', 48, 'agreement', ['office-a', 'office-b']),
    { openedAt: '2026-01-31T23:59:59Z', officePair: ['office-a', 'office-c'] },
    resolved('2026-03-02T00:00:00Z', 10, 'decision', ['office-a', 'office-a']),
    resolved('2026-03-03T00:00:00Z', 30, 'agreement', ['office-c', 'office-a']),
    resolved('2025-12-31T23:00:00Z', 1, 'rule', ['office-a', 'office-b']),
    resolved('2026-04-01T00:00:00Z', 1, 'rule', ['office-a', 'office-b']),
  ];
  const stats = caseStats(cases, { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });

  it('counts cases opened in the period, with the median time to resolution', () => {
    expect(stats.opened).toBe(5);
    expect(stats.resolved).toBe(4);
    expect(stats.medianResolutionMs).toBe(20 * HOUR);
    expect(stats.byResolution).toEqual({ rule: 1, agreement: 2, decision: 1 });
    expect(stats.shareByResolution).toEqual({ rule: 0.25, agreement: 0.5, decision: 0.25 });
  });

  it('has a row for every month, empty ones included', () => {
    expect(stats.byMonth.map((m) => [m.month, m.opened, m.resolved, m.medianResolutionMs])).toEqual([
      ['2026-01', 3, 2, 25 * HOUR],
      ['2026-02', 0, 0, null],
      ['2026-03', 2, 2, 20 * HOUR],
    ]);
    expect(stats.byMonth[1]?.shareByResolution).toEqual({ rule: 0, agreement: 0, decision: 0 });
  });

  it('treats an office pair as unordered', () => {
    expect(stats.byOfficePair.map((p) => [p.offices, p.opened, p.resolved])).toEqual([
      [['office-a', 'office-a'], 1, 1],
      [['office-a', 'office-b'], 2, 2],
      [['office-a', 'office-c'], 2, 1],
    ]);
  });

  it('spans a year boundary and returns nothing for an empty period', () => {
    const wide = caseStats(cases, { from: '2025-12-15T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(wide.byMonth.map((m) => [m.month, m.opened])).toEqual([
      ['2025-12', 1],
      ['2026-01', 3],
    ]);
    const empty = caseStats(cases, { from: '2026-05-01T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expect(empty).toMatchObject({ opened: 0, byMonth: [], byOfficePair: [], medianResolutionMs: null });
  });
});
