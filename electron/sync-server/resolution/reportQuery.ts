// Query strings of the report routes, checked into a period and options. Pure.
import type { ExportDelimiter } from '../../../shared/csv';
import type { Period } from '../../../shared/payouts';
import type { Checked, FieldProblem } from '../../../shared/sync';

export interface PayoutQuery {
  period: Period;
  by: 'manager' | 'office';
  format: 'json' | 'csv';
  delimiter: ExportDelimiter;
}

type Query = Record<string, string | string[] | undefined>;

/** A date (2025-01-01, UTC midnight) or an ISO 8601 instant with a time zone. */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Date.parse rolls 2025-02-30 over to 2 March; a period bound must be a day that exists. */
function isCalendarDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function one(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function instant(query: Query, name: 'from' | 'to', out: FieldProblem[]): number | null {
  const raw = one(query, name);
  const label = name === 'from' ? 'the start of the period (inclusive)' : 'the end of the period (exclusive)';
  if (raw === undefined || raw === '') {
    out.push({ field: name, message: `Give ${label} as a date, e.g. ${name}=2025-01-01.` });
    return null;
  }
  const at = ISO.test(raw) && isCalendarDate(raw.slice(0, 10)) ? Date.parse(raw) : NaN;
  if (Number.isNaN(at)) {
    out.push({
      field: name,
      message: `"${raw}" is not a date: give ${label} as YYYY-MM-DD or an ISO 8601 time with a zone.`,
    });
    return null;
  }
  return at;
}

export function checkPeriod(query: Query, out: FieldProblem[] = []): Checked<Period> {
  const from = instant(query, 'from', out);
  const to = instant(query, 'to', out);
  if (from !== null && to !== null && from >= to)
    out.push({ field: 'to', message: 'The end of the period must be after its start.' });
  if (out.length || from === null || to === null) return { ok: false, fields: out };
  return { ok: true, value: { from: new Date(from).toISOString(), to: new Date(to).toISOString() } };
}

export function checkPayoutQuery(query: Query): Checked<PayoutQuery> {
  const out: FieldProblem[] = [];
  const period = checkPeriod(query, out);
  const by = one(query, 'by');
  if (by !== 'manager' && by !== 'office')
    out.push({ field: 'by', message: 'Group the report by=manager or by=office.' });
  const format = one(query, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    out.push({ field: 'format', message: 'The format is json (the default) or csv.' });
  const delimiter = one(query, 'delimiter') ?? ';';
  if (delimiter !== ';' && delimiter !== ',')
    out.push({
      field: 'delimiter',
      message: 'The CSV delimiter is ; (the default, what Excel expects in a Russian locale) or ,.',
    });
  if (out.length || !period.ok) return { ok: false, fields: out };
  return {
    ok: true,
    value: {
      period: period.value,
      by: by as PayoutQuery['by'],
      format: format as PayoutQuery['format'],
      delimiter: delimiter as ExportDelimiter,
    },
  };
}
