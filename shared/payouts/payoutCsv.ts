// The payout report as CSV for accounting scripts (the endpoint's format=csv): one row per manager
// per deal (a `correction` row for a deal paid earlier whose split changed), then totals, with ids, ISO instants and plain decimals ("1234.56") that a program
// reads the same in any locale. The header is the caller's; PAYOUT_CSV_HEADER is the endpoint's
// stable English one. People get their CSV from the workstation, in their own language.
import { toCsv, type ExportDelimiter } from '../csv';
import { formatDecimal, type Money } from './money';
import type { PayoutReport } from './payoutReport';

export const PAYOUT_CSV_HEADER = [
  'Row',
  'Group',
  'Paid at',
  'Deal',
  'Title',
  'Client',
  'Manager',
  'Office',
  'Share %',
  'Deal amount share',
  'Owed',
  'Currency',
  'Split',
] as const;

export function payoutReportCsv(
  report: PayoutReport,
  options: { delimiter: ExportDelimiter; header: readonly string[] },
): string {
  const rows: string[][] = [[...options.header]];
  const total = (label: string, group: string, manager: string, office: string, totals: readonly Money[]) =>
    totals.map((m) => [label, group, '', '', '', '', manager, office, '', '', formatDecimal(m), m.currency, '']);

  for (const group of report.groups) {
    for (const line of group.lines) {
      // A correction is dated at the agreement that changed a deal paid earlier; its amounts are differences.
      rows.push([
        line.correction ? 'correction' : 'deal',
        group.key,
        line.correction?.at ?? line.paidAt,
        csvSafeText(line.dealId),
        csvSafeText(line.dealTitle),
        csvSafeText(line.clientId),
        line.managerId,
        line.officeId,
        String(line.pct),
        formatDecimal(line.amountShare),
        formatDecimal(line.owed),
        line.owed.currency,
        line.splitId ?? '',
      ]);
    }
    const isManager = report.by === 'manager';
    rows.push(...total('group total', group.key, isManager ? group.key : '', isManager ? '' : group.key, group.totals));
  }
  for (const t of report.totalsByManager) rows.push(...total('manager total', '', t.managerId, '', t.totals));
  for (const t of report.totalsByOffice) rows.push(...total('office total', '', '', t.officeId, t.totals));
  rows.push(...total('overall', '', '', '', report.overall));
  return toCsv(rows, options.delimiter);
}

/**
 * Deal titles are typed by people; a title starting with = + - @ would run as a formula when
 * the file is opened in a spreadsheet, so such text gets a leading apostrophe (OWASP advice).
 */
export function csvSafeText(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
