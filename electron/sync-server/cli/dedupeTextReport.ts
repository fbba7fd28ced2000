// The report a person reads: duplicate groups with enough of each row to find it in the
// spreadsheet, then name hints, then values that could not be read, then a summary line.
import type { ClientBase, ClientBaseSource, ClientRow } from '../../../shared/clientBase';
import { duplicateGroups, type DedupeReport } from '../../../shared/dedupe';

export interface TextReportContext {
  file: string;
  /** How the file was read, e.g. 'windows-1251, separated by ";"' (see describeSource). */
  source: string;
  rows: readonly ClientRow[];
  notes: readonly { row: number; message: string }[];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function describeRow(row: ClientRow | undefined): string {
  if (!row) return '';
  const parts = [row.name || '(no name)', ...row.phones, ...row.emails];
  if (row.company) parts.push(row.company);
  return parts.join(' · ');
}

function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : `"${d}"`;
}

export function describeSource(source: ClientBaseSource): string {
  switch (source.format) {
    case 'csv':
      return `${source.encoding}, separated by ${delimiterName(source.delimiter)}`;
    case 'html':
      return `HTML table, ${source.encoding}`;
    case 'xlsx':
      return `Excel workbook, sheet "${source.sheet}"`;
  }
}

/** How many rows --dry-run shows. */
const DRY_RUN_ROWS = 5;

/** The mapping (each column and its role) and the first rows as read: what --dry-run prints. */
export function formatDryRun(base: ClientBase, file: string): string {
  const lines = [
    `${file} (${describeSource(base.source)}, ${plural(base.rows.length, 'row', 'rows')}; header on line ${base.headerIndex + 1})`,
    '',
    'Columns:',
  ];
  const width = Math.max(...base.header.map((h) => h.trim().length + 2));
  base.header.forEach((h, i) => {
    lines.push(`  ${`"${h.trim()}"`.padEnd(width)}  → ${base.roles[i] ?? 'note'}`);
  });
  lines.push('', `First rows (of ${base.rows.length}):`);
  base.rows.slice(0, DRY_RUN_ROWS).forEach((row, i) => {
    lines.push(`  row ${i + 1}: ${describeRow(row)}`);
    if (row.notes.length > 0)
      lines.push(
        `         notes: ${row.notes.map((n) => `${n.column}: ${n.value.replace(/\s*\n\s*/g, ' / ')}`).join('; ')}`,
      );
  });
  lines.push('', 'Change a role with --map "Column=role"; run without --dry-run for the duplicate check.');
  return `${lines.join('\n')}\n`;
}

export function formatTextReport(report: DedupeReport, ctx: TextReportContext): string {
  const lines: string[] = [];
  const rowLine = (r: number): string => `    row ${r}: ${describeRow(ctx.rows[r - 1])}`;
  lines.push(
    `Duplicate check of ${ctx.file} (${ctx.source}, ${plural(report.rows, 'row', 'rows')}; row 1 is the first row after the header)`,
  );
  lines.push('');

  const groups = duplicateGroups(report.conflicts);
  if (groups.length === 0) {
    lines.push('No duplicates: no two rows share a phone, an email or a corporate email domain.');
  } else {
    lines.push(
      `Duplicates — rows that share a phone, an email or a corporate email domain (${groups.length} ${groups.length === 1 ? 'group' : 'groups'}):`,
    );
    groups.forEach((g, i) => {
      lines.push('');
      lines.push(`  Group ${i + 1}: rows ${g.rows.join(', ')}`);
      for (const c of g.conflicts)
        lines.push(`    shared ${c.kind} ${c.key.slice(c.key.indexOf(':') + 1)}: rows ${c.rows.join(', ')}`);
      for (const r of g.rows) lines.push(rowLine(r));
    });
  }

  if (report.hints.length > 0) {
    lines.push('');
    lines.push(`Possible duplicates by name only — no shared phone or email, check by hand (${report.hints.length}):`);
    for (const h of report.hints) {
      const [a, b] = h.rows;
      lines.push(`  rows ${a} and ${b}: ${ctx.rows[a - 1]?.name ?? ''} / ${ctx.rows[b - 1]?.name ?? ''}`);
    }
  }

  const problems = report.errors.length + ctx.notes.length;
  if (problems > 0) {
    lines.push('');
    lines.push(`Input problems — these values were not used for matching (${problems}):`);
    const items = [
      ...report.errors.map((e) => ({ row: e.row, text: `${e.field} "${e.value}": ${e.message}` })),
      ...ctx.notes.map((n) => ({ row: n.row, text: n.message })),
    ].sort((a, b) => a.row - b.row);
    for (const item of items) lines.push(`  row ${item.row}: ${item.text}`);
  }

  const inGroups = groups.reduce((n, g) => n + g.rows.length, 0);
  lines.push('');
  lines.push(
    `Summary: ${plural(report.rows, 'row', 'rows')}; ${plural(groups.length, 'duplicate group', 'duplicate groups')} ` +
      `(${plural(inGroups, 'row', 'rows')}, ${plural(report.conflicts.length, 'shared key', 'shared keys')}); ` +
      `${plural(report.hints.length, 'name hint', 'name hints')}; ${plural(problems, 'input problem', 'input problems')}.`,
  );
  return `${lines.join('\n')}\n`;
}
