// A minimal RFC 4180 writer. Written here rather than pulled from papaparse because exports
// only write, and shared/ must stay free of Node typings (papaparse's types pull them in).
import type { CsvDelimiter } from './delimiter';

/** What an export may be separated by: ';' for Russian Excel, ',' elsewhere. TAB is read, never written. */
export type ExportDelimiter = Extract<CsvDelimiter, ';' | ','>;

/**
 * Quotes a cell holding either delimiter, a quote, a line break or edge spaces; doubles quotes.
 * Both ; and , are quoted whatever the delimiter, so a file re-saved with the other one still parses.
 */
export function csvCell(value: string): string {
  const needsQuotes = /[",;\r\n]/u.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Records joined with CRLF as RFC 4180 says, with a trailing CRLF so appending rows stays safe. */
export function toCsv(records: readonly (readonly string[])[], delimiter: ExportDelimiter): string {
  return records.map((record) => record.map(csvCell).join(delimiter)).join('\r\n') + (records.length > 0 ? '\r\n' : '');
}
