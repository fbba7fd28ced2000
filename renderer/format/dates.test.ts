import { describe, expect, it } from 'vitest';
import { formatAgo, formatDay, formatRelativeDay, formatWait, fromLocalInputValue, toLocalInputValue } from './dates';

const now = new Date(2025, 9, 15, 14, 0).getTime();

describe('formatDay', () => {
  it('leaves the year out for this year', () => {
    expect(formatDay(new Date(2025, 9, 12).getTime(), 'en-GB', now)).toBe('12 Oct');
  });

  it('shows the year for an earlier year', () => {
    expect(formatDay(new Date(2023, 9, 12).getTime(), 'en-GB', now)).toBe('12 Oct 2023');
  });
});

describe('formatRelativeDay', () => {
  it('speaks in calendar days', () => {
    expect(formatRelativeDay(new Date(2025, 9, 15, 1).getTime(), 'en', now)).toBe('today');
    expect(formatRelativeDay(new Date(2025, 9, 14, 23).getTime(), 'en', now)).toBe('yesterday');
    expect(formatRelativeDay(new Date(2025, 9, 12).getTime(), 'en', now)).toBe('3 days ago');
    expect(formatRelativeDay(new Date(2025, 9, 12).getTime(), 'ru', now)).toBe('3 дня назад');
  });

  it('switches to months and years for old dates', () => {
    expect(formatRelativeDay(new Date(2025, 6, 15).getTime(), 'en', now)).toBe('3 months ago');
    expect(formatRelativeDay(new Date(2023, 9, 15).getTime(), 'en', now)).toBe('2 years ago');
  });
});

describe('datetime-local values', () => {
  it('round-trips in local time', () => {
    const at = new Date(2025, 0, 2, 3, 4).getTime();
    expect(toLocalInputValue(at)).toBe('2025-01-02T03:04');
    expect(fromLocalInputValue(toLocalInputValue(at))).toBe(at);
    expect(fromLocalInputValue('')).toBeNaN();
  });
});

describe('formatAgo', () => {
  it('counts minutes and hours, then days', () => {
    expect(formatAgo(now - 10_000, 'en', now, 'just now')).toBe('just now');
    expect(formatAgo(now - 2 * 60_000, 'en', now, 'just now')).toBe('2 minutes ago');
    expect(formatAgo(now - 2 * 60_000, 'ru', now, 'только что')).toBe('2 минуты назад');
    expect(formatAgo(now - 3 * 3600_000, 'en', now, 'just now')).toBe('3 hours ago');
    expect(formatAgo(now - 26 * 3600_000, 'en', now, 'just now')).toBe('yesterday');
  });
});

describe('formatWait', () => {
  it('speaks in seconds, then minutes', () => {
    expect(formatWait(30, 'en')).toBe('30 seconds');
    expect(formatWait(30, 'ru')).toBe('30 секунд');
    expect(formatWait(600, 'en')).toBe('10 minutes');
  });
});
