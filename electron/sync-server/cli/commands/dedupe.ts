// `claimdesk dedupe FILE [--sheet NAME] [--map "Column=role"]… [--dry-run] [--country CC] [--json]`:
// check an existing client base for duplicates before it is imported. The JSON output is a
// fixed contract (issue 2).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_IDENTITY_SETTINGS } from '../../../../shared/identity';
import { COLUMN_ROLES } from '../../../../shared/clientBase';
import { findDuplicates, type DedupeReport } from '../../../../shared/dedupe';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { describeSource, formatDryRun, formatTextReport } from '../dedupeTextReport';
import { countryProblem, parseMappings, settingsFor } from '../clientBaseOptions';
import { readClientBase } from '../readClientBase';

const USAGE = `Usage: claimdesk dedupe FILE [--sheet NAME] [--map "Column=role"]… [--dry-run] [--country CC] [--json]

Reports the clients of a client base that share a phone number, an email address or a
corporate email domain, and pairs whose names look alike (a weaker hint).

  FILE              an export of amoCRM, Bitrix24, Google Contacts, Outlook or a spreadsheet:
                    CSV (UTF-8 with or without BOM, UTF-16, Windows-1251; "," ";" or tab separated),
                    an Excel .xlsx workbook, or an HTML table saved as .xls (Bitrix24 and other
                    web CRMs). The header row names the columns in Russian or English, e.g.
                    ФИО;Телефон;E-mail;Компания  or  Name,Phone,Email,Company
                    A cell may hold several phones or emails. Binary .xls (Excel 97–2003) is
                    not read: save it as .xlsx or CSV.
  --sheet NAME      the sheet of a workbook to read (default: the first)
  --map "Col=role"  the role of a column, by its header (repeat for several columns); roles:
                    ${COLUMN_ROLES.join(', ')}
  --dry-run         print how each column is read and the first rows, and stop
  --country CC      country for numbers typed without a country code (ISO 3166, default ${DEFAULT_IDENTITY_SETTINGS.defaultCountry})
  --json            print one JSON object: {"rows", "conflicts", "hints", "errors"}
  -h, --help        show this help

Columns that are neither a name, a phone, an email nor a company are kept as notes of the row.
Exit codes: 0 report produced (even with duplicates), 2 bad usage or unreadable file.
`;

/** The JSON contract, field by field, so nothing extra ever leaks into it. */
function toJson(report: DedupeReport): string {
  return `${JSON.stringify({
    rows: report.rows,
    conflicts: report.conflicts.map((c) => ({ kind: c.kind, key: c.key, rows: c.rows })),
    hints: report.hints.map((h) => ({ reason: h.reason, rows: h.rows })),
    errors: report.errors.map((e) => ({ row: e.row, field: e.field, value: e.value, message: e.message })),
  })}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        country: { type: 'string' },
        json: { type: 'boolean' },
        sheet: { type: 'string' },
        map: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`claimdesk dedupe: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.err(`claimdesk dedupe: expected exactly one FILE, got ${positionals.length}.\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const country = (values.country ?? DEFAULT_IDENTITY_SETTINGS.defaultCountry).trim().toUpperCase();
  const unknownCountry = countryProblem(country, values.country);
  if (unknownCountry) {
    io.err(`claimdesk dedupe: ${unknownCountry}\n`);
    return EXIT_USAGE;
  }

  const overrides = parseMappings(values.map ?? []);
  if (typeof overrides === 'string') {
    io.err(`claimdesk dedupe: ${overrides}\n`);
    return EXIT_USAGE;
  }

  const read = await readClientBase(resolve(io.cwd, file), file, { sheet: values.sheet, overrides });
  if (!read.ok) {
    io.err(`claimdesk dedupe: ${read.message}\n`);
    return EXIT_USAGE;
  }
  const { base } = read;
  if (values['dry-run']) {
    io.out(formatDryRun(base, file));
    return EXIT_OK;
  }
  const report = findDuplicates(base.rows, settingsFor(country));

  if (values.json) {
    io.out(toJson(report));
    // stdout carries exactly the JSON; structural notes about the file go to stderr.
    for (const note of base.notes) io.err(`row ${note.row}: ${note.message}\n`);
  } else {
    io.out(
      formatTextReport(report, {
        file,
        source: describeSource(base.source),
        rows: base.rows,
        notes: base.notes,
      }),
    );
  }
  return EXIT_OK;
}

export const dedupeCommand: CliCommand = {
  name: 'dedupe',
  usage: USAGE,
  run,
};
