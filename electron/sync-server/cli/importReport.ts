// What `claimdesk import` says it did: a summary for the terminal and, on request, a CSV with
// every person of the file, what happened to them and why (who already has them).
import type { ImportDecision, ImportStanding } from '../../../shared/clientImport';
import { toCsv } from '../../../shared/csv';

const STANDING_TEXT: Readonly<Record<ImportStanding, string>> = {
  new: 'new to the agency',
  alreadyImported: 'already imported by an earlier run',
  ownerHas: 'the owner already has this client',
  colleague: 'a colleague in the office has this client',
  otherOffice: 'a manager of another office has this client',
  invalid: 'no name, phone or email',
};

export function importReportCsv(decisions: readonly ImportDecision[]): string {
  const header = ['rows', 'name', 'action', 'why', 'already with', 'values not read'];
  const records = decisions.map((d) => [
    d.group.rows.join(' '),
    d.group.doc?.fullName ?? '',
    d.write ? (d.standing === 'otherOffice' ? 'imported, case opened' : 'imported') : 'skipped',
    STANDING_TEXT[d.standing],
    d.holders.map((h) => `${h.clientLabel} — ${h.ownerName}, ${h.officeName}`).join('; '),
    d.group.problems.map((p) => `row ${p.row}: ${p.value} (${p.message})`).join('; '),
  ]);
  // A BOM and ';' so Excel in a Russian locale opens it as a table.
  return `\uFEFF${toCsv([header, ...records], ';')}`;
}

export function importSummary(
  decisions: readonly ImportDecision[],
  run: {
    file: string;
    rows: number;
    dryRun: boolean;
    written: number;
    alreadyThere: number;
    stopped: boolean;
    report: string | undefined;
  },
): string {
  const count = (standing: ImportStanding) => decisions.filter((d) => d.standing === standing);
  const merged = decisions.filter((d) => d.group.rows.length > 1);
  const toWrite = decisions.filter((d) => d.write).length;
  const problems = decisions.reduce((sum, d) => sum + d.group.problems.length, 0);
  const skipped = (standing: ImportStanding) => count(standing).filter((d) => !d.write).length;
  const lines = [
    `${run.file}: ${run.rows} rows, ${decisions.length} people (${merged.length} of them on several rows, merged)`,
    `  new to the agency:                 ${count('new').length}`,
    `  with the owner already:            ${count('ownerHas').length} (skipped)`,
    `  with a colleague in the office:    ${count('colleague').length}${skipped('colleague') ? ' (skipped)' : ' (imported)'}`,
    `  with another office:               ${count('otherOffice').length}${skipped('otherOffice') ? ' (skipped)' : ' (imported; the endpoint opens a case for each)'}`,
    `  imported by an earlier run:        ${count('alreadyImported').length}`,
    `  without a name, phone or email:    ${count('invalid').length} (skipped)`,
    `  values that could not be read:     ${problems} (kept in the clients' notes)`,
  ];
  if (run.dryRun) lines.push(`Dry run: ${toWrite} clients would be imported; nothing was written.`);
  else if (run.stopped)
    lines.push(`Stopped: ${run.written} of ${toWrite} clients imported. Run the same command again to continue.`);
  else
    lines.push(
      `Imported ${run.written} clients${run.alreadyThere ? ` (${run.alreadyThere} were already there)` : ''}.`,
    );
  if (run.report) lines.push(`Report: ${run.report}`);
  return `${lines.join('\n')}\n`;
}
