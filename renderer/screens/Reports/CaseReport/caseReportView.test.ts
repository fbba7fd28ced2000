import { describe, expect, it } from 'vitest';
import { caseStats, type CaseRecord } from '../../../../shared/payouts';
import {
  durationWords,
  lastMonthTrend,
  monthBars,
  officePairRows,
  recentMonths,
  resolutionSlices,
  utcMonthOf,
} from './caseReportView';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');
const HOUR = 3_600_000;

const cases: CaseRecord[] = [
  {
    openedAt: '2026-09-03T10:00:00.000Z',
    resolvedAt: '2026-09-05T12:00:00.000Z',
    resolution: 'agreement',
    officePair: ['o2', 'o1'],
  },
  {
    openedAt: '2026-10-01T00:00:00.000Z',
    resolvedAt: '2026-10-01T04:00:00.000Z',
    resolution: 'rule',
    officePair: ['o1', 'o2'],
  },
  { openedAt: '2026-10-20T00:00:00.000Z', officePair: ['o1', 'o1'] },
  {
    openedAt: '2026-11-02T00:00:00.000Z',
    resolvedAt: '2026-11-04T00:00:00.000Z',
    resolution: 'decision',
    officePair: ['o1', 'o1'],
  },
];

describe('case statistics view', () => {
  it('asks for whole UTC months up to the current one', () => {
    expect(recentMonths(12, Date.parse('2026-11-17T15:00:00Z'))).toEqual({
      from: '2025-12-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(recentMonths(1, Date.parse('2026-01-31T23:59:00Z'))).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    });
  });

  it('one bar per month, empty months included, labelled in the reader’s language', () => {
    const stats = caseStats(cases, recentMonths(4, Date.parse('2026-11-17T00:00:00Z')));
    const bars = monthBars(stats, 'en');
    expect(bars.map((b) => [b.label, b.opened, b.resolved])).toEqual([
      ['Aug 2026', 0, 0],
      ['Sep 2026', 1, 1],
      ['Oct 2026', 2, 1],
      ['Nov 2026', 1, 1],
    ]);
    expect(monthBars(stats, 'ru')[1]?.label).toBe('сент. 2026 г.');
  });

  it('shares by resolution, always all three kinds in order', () => {
    const stats = caseStats(cases, recentMonths(4, Date.parse('2026-11-17T00:00:00Z')));
    expect(resolutionSlices(stats)).toEqual([
      { kind: 'rule', count: 1, share: 1 / 3 },
      { kind: 'agreement', count: 1, share: 1 / 3 },
      { kind: 'decision', count: 1, share: 1 / 3 },
    ]);
  });

  it('office pairs by name; a pair inside one office is marked', () => {
    const stats = caseStats(cases, recentMonths(4, Date.parse('2026-11-17T00:00:00Z')));
    const rows = officePairRows(stats, { o1: 'Tverskaya', o2: 'Arbat' });
    expect(rows.map((r) => [r.offices, r.sameOffice, r.opened, r.resolved])).toEqual([
      [['Tverskaya', 'Tverskaya'], true, 2, 1],
      [['Tverskaya', 'Arbat'], false, 2, 2],
    ]);
    expect(officePairRows(stats, {})[1]?.offices).toEqual(['o1', 'o2']);
  });

  it('says durations the way people do, in both languages', () => {
    expect(durationWords(2 * 24 * HOUR + 5 * HOUR, 'en')).toBe('2 days 5 hours');
    expect(plain(durationWords(2 * 24 * HOUR + 5 * HOUR, 'ru'))).toBe('2 дня 5 часов');
    expect(durationWords(3 * 24 * HOUR, 'en')).toBe('3 days');
    expect(durationWords(3 * 24 * HOUR + 23.7 * HOUR, 'en')).toBe('4 days');
    expect(durationWords(1 * 24 * HOUR + 1 * HOUR, 'en')).toBe('1 day 1 hour');
    expect(durationWords(4 * HOUR + 10 * 60_000, 'en')).toBe('4 hours');
    expect(durationWords(40 * 60_000, 'en')).toBe('40 minutes');
    expect(plain(durationWords(21 * 60_000, 'ru'))).toBe('21 минута');
    expect(durationWords(5_000, 'en')).toBe('1 minute');
  });

  it('compares the last complete month with the one before, never the running month', () => {
    const stats = caseStats(cases, recentMonths(4, Date.parse('2026-11-17T00:00:00Z')));
    expect(lastMonthTrend(stats, utcMonthOf(Date.parse('2026-11-17T00:00:00Z')))).toEqual({
      month: '2026-10',
      opened: 2,
      previousMonth: '2026-09',
      previousOpened: 1,
    });
    expect(lastMonthTrend(caseStats(cases, recentMonths(2, Date.parse('2026-11-17T00:00:00Z'))), '2026-11')).toBeNull();
  });
});
