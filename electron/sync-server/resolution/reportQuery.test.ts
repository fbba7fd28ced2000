import { describe, expect, it } from 'vitest';
import { checkPayoutQuery, checkPeriod } from './reportQuery';

describe('report queries', () => {
  it('reads dates as UTC midnights and instants with their zone', () => {
    expect(checkPeriod({ from: '2025-01-01', to: '2025-02-01T03:00:00+03:00' })).toEqual({
      ok: true,
      value: { from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' },
    });
  });

  it('defaults to JSON, and to ";" for CSV', () => {
    expect(checkPayoutQuery({ from: '2025-01-01', to: '2025-02-01', by: 'office' })).toMatchObject({
      ok: true,
      value: { by: 'office', format: 'json', delimiter: ';' },
    });
  });

  it.each([
    [{ to: '2025-02-01', by: 'manager' }, 'from'],
    [{ from: '', to: '2025-02-01', by: 'manager' }, 'from'],
    [{ from: '01.02.2025', to: '2025-02-01', by: 'manager' }, 'from'],
    [{ from: '2025-02-29', to: '2025-03-01', by: 'manager' }, 'from'],
    [{ from: '2025-01-01T00:00', to: '2025-02-01', by: 'manager' }, 'from'],
    [{ from: '2025-02-01', to: '2025-02-01', by: 'manager' }, 'to'],
    [{ from: '2025-01-01', to: '2025-02-01', by: 'Manager' }, 'by'],
    [{ from: '2025-01-01', to: '2025-02-01', by: 'manager', format: 'xlsx' }, 'format'],
    [{ from: '2025-01-01', to: '2025-02-01', by: 'manager', format: 'csv', delimiter: '\t' }, 'delimiter'],
  ])('refuses %j at "%s"', (query, field) => {
    const checked = checkPayoutQuery(query);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.fields.map((f) => f.field)).toEqual([field]);
  });

  it('takes the last of a repeated parameter', () => {
    expect(checkPayoutQuery({ from: '2025-01-01', to: '2025-02-01', by: ['office', 'manager'] })).toMatchObject({
      ok: true,
      value: { by: 'manager' },
    });
  });
});
