// The payout report as CSV for people: the same rows as the XLSX sheet (names, not ids; headers in
// the workstation's language), with numbers and dates as a spreadsheet in that language reads
// them: "114 000,00" and "01.12.2025 14:05" in Russian, on the office's wall clock.
import type { Cell } from 'write-excel-file/browser';
import { toCsv, type ExportDelimiter } from '../../../../shared/csv';
import { csvSafeText } from '../../../../shared/payouts';
import type { PayoutSheet } from './payoutSheet';

/** Russian Excel splits on ';' and reads ',' as the decimal mark; English Excel splits on ','. */
export function csvDelimiter(language: string): ExportDelimiter {
  return language === 'en' ? ',' : ';';
}

export function payoutCsv(sheet: PayoutSheet, language: string): string {
  return toCsv(
    sheet.rows.map((row) => row.map((cell) => cellText(cell, language))),
    csvDelimiter(language),
  );
}

function cellText(cell: Cell, language: string): string {
  if (cell === null || cell === undefined) return '';
  const { value, format } =
    typeof cell === 'object' && !(cell instanceof Date)
      ? (cell as { value: unknown; format?: string })
      : { value: cell };
  if (value instanceof Date) return wallClockText(value, language);
  if (typeof value === 'number')
    return format?.endsWith('%') ? percentText(value, language) : numberText(value, digitsOf(format), language);
  return csvSafeText(String(value ?? ''));
}

/** Digits after the decimal mark in an Excel format such as "#,##0.00". */
function digitsOf(format: string | undefined): number {
  const match = /\.(0+)$/u.exec(format ?? '');
  return match ? match[1]!.length : 0;
}

// Excel takes a no-break space as the group separator; ICU may give a narrow one, which it does not.
const asExcelSpaces = (text: string) => text.replace(/\u202f/gu, '\u00a0');

function numberText(value: number, digits: number, language: string): string {
  return asExcelSpaces(
    new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  );
}

function percentText(value: number, language: string): string {
  return asExcelSpaces(new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value));
}

/** The sheet's dates hold the wall clock in their UTC fields (see wallClock), so they are read in UTC. */
function wallClockText(value: Date, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(value)
    .replace(', ', ' ');
}
