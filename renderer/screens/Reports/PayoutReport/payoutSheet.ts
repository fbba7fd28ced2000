// The payout report as a spreadsheet, built in the browser from the JSON report already on screen.
// Pure: no library here, only the rows; PayoutReport loads write-excel-file lazily to write them.
import type { CellObject, Row, SheetData } from 'write-excel-file/browser';
import { minorDigits, totalsOf, type Money } from '../../../../shared/payouts';
import type { PayoutReportResponse } from '../../../../shared/sync';

export interface PayoutSheet {
  /** The sheet's tab name. */
  name: string;
  rows: SheetData;
  /** Column widths, in characters. */
  columns: { width: number }[];
}

const HEADERS = ['manager', 'office', 'deal', 'client', 'paidAt', 'share', 'credited', 'owed', 'currency'] as const;
const WIDTHS = [24, 20, 32, 28, 17, 8, 16, 16, 9];
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const PERCENT_FORMAT = '0%';

// write-excel-file writes a String cell as a shared string (t="s"); only type 'Formula' emits <f>, so "=cmd|…" stays text.
const text = (value: string, bold = false): CellObject => ({
  value,
  type: String,
  ...(bold ? { fontWeight: 'bold' as const } : {}),
});

/** "#,##0.00" for kopecks and cents, "#,##0" for yen: exactly the currency's minor digits. */
export function moneyFormat(digits: number): string {
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

/**
 * Minor units to a number of major units: one division of an integer by an integer power of ten,
 * so the cell holds the double nearest the exact decimal. Nothing is ever summed in floats.
 */
export function moneyCell(value: Money, bold = false): CellObject {
  const digits = minorDigits(value.currency);
  return {
    value: value.amount / 10 ** digits,
    type: Number,
    format: moneyFormat(digits),
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  };
}

/**
 * A spreadsheet date has no time zone: the cell shows the instant as the office's wall clock,
 * the same day the screen shows (a deal paid at 01:00 on 1 December in Moscow is 1 December).
 */
export function wallClock(iso: string): Date | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const d = new Date(at);
  return new Date(
    Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    ),
  );
}

/**
 * One row per payout line (manager, office, deal, client, paid at, share, credited, owed,
 * currency), then one "owed in all" row per currency. The owed totals are the report's own
 * (`overall`, minor units), so the sheet adds up to exactly what the screen says; currencies are
 * never added together.
 */
export function payoutSheet(
  response: PayoutReportResponse,
  clientLabel: (id: string) => string,
  t: (key: string) => string,
): PayoutSheet {
  const { report, managers, offices } = response;
  const lines = report.groups.flatMap((g) => g.lines);
  const header: Row = HEADERS.map((key) => text(t(`reports.payouts.${key}`), true));
  const body: Row[] = lines.map((line) => {
    // A correction is dated at the agreement and says so beside the deal's title.
    const paidAt = wallClock(line.correction?.at ?? line.paidAt);
    return [
      text(managers[line.managerId] ?? line.managerId),
      text(offices[line.officeId] ?? line.officeId),
      text(line.correction ? `${line.dealTitle} — ${t('reports.payouts.correction')}` : line.dealTitle),
      text(clientLabel(line.clientId)),
      paidAt ? { value: paidAt, type: Date, format: DATE_FORMAT } : null,
      { value: line.pct / 100, type: Number, format: PERCENT_FORMAT },
      moneyCell(line.amountShare),
      moneyCell(line.owed),
      text(line.owed.currency),
    ];
  });
  // Credited amounts have no report total; they are added in minor units, per currency, like the screen does.
  const credited = totalsOf(lines.map((l) => l.amountShare));
  const totals: Row[] = report.overall.map((owed) => {
    const creditedHere = credited.find((m) => m.currency === owed.currency);
    return [
      text(t('reports.payouts.overall'), true),
      null,
      null,
      null,
      null,
      null,
      creditedHere ? moneyCell(creditedHere, true) : null,
      moneyCell(owed, true),
      text(owed.currency, true),
    ];
  });
  const rows: SheetData = [header, ...body, ...(totals.length > 0 ? [[], ...totals] : [])];
  return { name: t('reports.payouts.title'), rows, columns: WIDTHS.map((width) => ({ width })) };
}
