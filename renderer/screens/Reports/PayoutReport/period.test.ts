import { describe, expect, it } from 'vitest';
import { isDay, monthOf, payoutFileName, periodLabel, periodOf, previousMonth, shiftMonth, thisMonth } from './period';

const local = (y: number, m: number, d = 1) => new Date(y, m - 1, d).toISOString();

describe('payout period', () => {
  it('defaults to the month the office is in, with the previous one a click away', () => {
    const now = new Date(2026, 10, 17, 15, 30).getTime();
    expect(thisMonth(now)).toEqual({ kind: 'month', month: '2026-11' });
    expect(previousMonth(now)).toEqual({ kind: 'month', month: '2026-10' });
    expect(previousMonth(new Date(2026, 0, 1, 0, 5).getTime())).toEqual({ kind: 'month', month: '2025-12' });
  });

  it('a month runs from local midnight on the 1st to local midnight on the next 1st', () => {
    expect(periodOf({ kind: 'month', month: '2026-11' })).toEqual({
      ok: true,
      period: { from: local(2026, 11), to: local(2026, 12) },
    });
    expect(periodOf({ kind: 'month', month: '2026-12' })).toEqual({
      ok: true,
      period: { from: local(2026, 12), to: local(2027, 1) },
    });
  });

  it('consecutive months share a boundary, so no deal counts twice', () => {
    const nov = periodOf({ kind: 'month', month: '2026-11' });
    const dec = periodOf({ kind: 'month', month: '2026-12' });
    expect(nov.ok && dec.ok && nov.period.to === dec.period.from).toBe(true);
  });

  it('a range includes its last day', () => {
    expect(periodOf({ kind: 'range', from: '2026-11-03', to: '2026-11-30' })).toEqual({
      ok: true,
      period: { from: local(2026, 11, 3), to: local(2026, 12, 1) },
    });
    expect(periodOf({ kind: 'range', from: '2026-11-03', to: '2026-11-03' })).toEqual({
      ok: true,
      period: { from: local(2026, 11, 3), to: local(2026, 11, 4) },
    });
  });

  it('names what is wrong with a bad choice', () => {
    expect(periodOf({ kind: 'month', month: '2026-13' })).toEqual({ ok: false, problem: 'month' });
    expect(periodOf({ kind: 'month', month: '' })).toEqual({ ok: false, problem: 'month' });
    expect(periodOf({ kind: 'range', from: '2026-02-30', to: '2026-03-01' })).toEqual({ ok: false, problem: 'from' });
    expect(periodOf({ kind: 'range', from: '2026-02-01', to: 'soon' })).toEqual({ ok: false, problem: 'to' });
    expect(periodOf({ kind: 'range', from: '2026-03-02', to: '2026-03-01' })).toEqual({ ok: false, problem: 'order' });
  });

  it('checks calendar days', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-1-05')).toBe(false);
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
    expect(() => shiftMonth('May', 1)).toThrow('Not a month');
    expect(monthOf(new Date(2026, 4, 31, 23, 59).getTime())).toBe('2026-05');
  });

  it('names the exported file after the period and the grouping', () => {
    expect(payoutFileName({ kind: 'month', month: '2026-11' }, 'manager')).toBe('claimdesk-payouts-2026-11.csv');
    expect(payoutFileName({ kind: 'month', month: '2026-11' }, 'office')).toBe(
      'claimdesk-payouts-by-office-2026-11.csv',
    );
    expect(payoutFileName({ kind: 'range', from: '2026-11-03', to: '2026-11-20' }, 'manager')).toBe(
      'claimdesk-payouts-2026-11-03_2026-11-20.csv',
    );
    expect(payoutFileName({ kind: 'month', month: '2026-11' }, 'office', 'xlsx')).toBe(
      'claimdesk-payouts-by-office-2026-11.xlsx',
    );
  });

  it('says the period in the reader’s language', () => {
    expect(periodLabel({ kind: 'month', month: '2026-11' }, 'en')).toBe('November 2026');
    expect(periodLabel({ kind: 'month', month: '2026-11' }, 'ru')).toBe('ноябрь 2026 г.');
    expect(periodLabel({ kind: 'range', from: '2026-11-03', to: '2026-11-20' }, 'en').replace(/\s/gu, ' ')).toBe(
      'Nov 3 – 20, 2026',
    );
  });
});
