import { describe, expect, it } from 'vitest';
import { formatTravel } from './travelDates';

/** Intl puts no-break and thin spaces where people see spaces. */
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f\u2009]/gu, ' ');

describe('travel dates', () => {
  const words = { from: (d: string) => `from ${d}`, until: (d: string) => `until ${d}` };
  it('reads calendar dates as local days', () => {
    expect(nbsp(formatTravel('2025-10-12', '2025-10-19', 'en', words))).toBe('Oct 12 – 19, 2025');
    expect(formatTravel('2025-10-12', '', 'en', words)).toBe('from Oct 12, 2025');
    expect(formatTravel('', '2025-10-19', 'en', words)).toBe('until Oct 19, 2025');
    expect(formatTravel('', '', 'en', words)).toBeNull();
    expect(formatTravel('2025-02-30', 'junk', 'en', words)).toBeNull();
  });
});
