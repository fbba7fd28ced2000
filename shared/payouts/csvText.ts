// A minimal RFC 4180 writer. Written here rather than pulled from papaparse because the
// payout export only writes, and shared/ must stay free of Node typings.

export type CsvDelimiter = ';' | ',';

/**
 * Quotes a cell holding either delimiter, a quote, a line break or edge spaces; doubles quotes.
 * Both ; and , are quoted whatever the delimiter, so a file re-saved with the other one still parses.
 */
export function csvCell(value: string, _delimiter: CsvDelimiter): string {
  const needsQuotes = /[",;\r\n]/u.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Records joined with CRLF as RFC 4180 says, with a trailing CRLF so appending rows stays safe. */
export function toCsv(records: readonly (readonly string[])[], delimiter: CsvDelimiter): string {
  return records.map((record) => record.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + (records.length > 0 ? '\r\n' : '');
}
