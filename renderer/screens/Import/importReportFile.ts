import type { TFunction } from 'i18next';
import type { ImportDecision } from '../../../shared/clientImport';
import { toCsv } from '../../../shared/csv';
import { downloadCsv } from '../../widgets/Download/csvFile';
import { reportRecords } from './importView';

/** The report of a checked or finished import, saved as a CSV in the screen's language. */
export function saveImportReport(t: TFunction, decisions: readonly ImportDecision[], written: boolean): void {
  const records = reportRecords(decisions, {
    header: [
      t('import.report.rows'),
      t('import.report.name'),
      t('import.report.action'),
      t('import.report.why'),
      t('import.report.holders'),
      t('import.report.unread'),
    ],
    action: (d) =>
      d.write
        ? t(written ? 'import.action.imported' : 'import.action.toImport', {
            context: d.standing === 'otherOffice' ? 'case' : undefined,
          })
        : t('import.action.skipped'),
    standing: (s) => t(`import.standing.${s}`),
    holder: (h) => t('import.report.holder', { client: h.clientLabel, manager: h.ownerName, office: h.officeName }),
    problem: (p) => t('import.report.problem', { row: p.row, value: p.value }),
  });
  downloadCsv(t('import.report.fileName'), toCsv(records, ';'));
}
