// `claimdesk import FILE --server URL --office NAME --owner USERNAME …`: brings a client base into
// an office through a running endpoint, signed in as an admin. The file is read by the same reader
// as `dedupe`; rows that are one person are merged; the endpoint says, for the import as a whole,
// which people the agency already has (recorded in its look-up log); then the clients are pushed
// in batches that each commit whole. Ids come from the file's hash and row numbers, so running the
// same command again after a cancel or a failure continues where it stopped.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkAgainstAgency,
  COLLEAGUE_CHOICES,
  decideImport,
  DEFAULT_IMPORT_CHOICES,
  OTHER_OFFICE_CHOICES,
  planImport,
  type ColleagueChoice,
  type ImportNoteLabels,
  type ImportOwner,
  type OtherOfficeChoice,
  writeImport,
} from '../../../../shared/clientImport';
import { COLUMN_ROLES } from '../../../../shared/clientBase';
import type { EndpointClient } from '../../../../shared/endpoint';
import { DEFAULT_IDENTITY_SETTINGS } from '../../../../shared/identity';
import { countryProblem, parseMappings, settingsFor } from '../clientBaseOptions';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { answer, findOffice, findUser, Refused, signIn } from '../endpointSession';
import { importReportCsv, importSummary } from '../importReport';
import { createProgress } from '../progress';
import { readClientBase } from '../readClientBase';

const USAGE = `Usage: claimdesk import FILE --server URL --office OFFICE --owner USERNAME [options]

Imports a client base into an office: every client is written with the chosen owner and marked
with the file and rows it came from. Before writing, the endpoint says which people the agency
already has; the report lists them, and nothing of theirs is overwritten.

  FILE                    an export of amoCRM, Bitrix24, Google Contacts, Outlook or a spreadsheet
                          (CSV, .xlsx, an HTML table saved as .xls), as \`claimdesk dedupe\` reads it
  --server URL            the running sync endpoint, e.g. http://127.0.0.1:8787
  --user NAME             admin account to sign in with (default: admin)
  --office OFFICE         the office to import into (name in any letter case, or id)
  --owner USERNAME        the manager or lead of that office who becomes the clients' owner
  --colleague skip|import people a colleague in the same office already has (default: skip)
  --other-office case|skip
                          people a manager of another office already has: import them and let the
                          endpoint open a case for the two managers, or leave them out (default: case)
  --report FILE.csv       save the report: every row, what happened to it and why
  --dry-run               check and report, write nothing
  --sheet NAME            the sheet of a workbook to read (default: the first)
  --map "Col=role"        the role of a column (repeat); roles: ${COLUMN_ROLES.join(', ')}
  --country CC            country for numbers typed without a country code (default ${DEFAULT_IDENTITY_SETTINGS.defaultCountry})
  --language ru|en        the language of what the import writes into clients' notes (default: ru)
  -h, --help              show this help

Rows sharing a phone or an email are one person: imported as one client keeping every value.
Values that cannot be read are kept in the client's notes. Run the same command again to continue
an import that was stopped: what was written is recognised and not written twice.

Environment: CLAIMDESK_PASSWORD  password of the admin signing in (required)
Exit codes: 0 imported (or checked, with --dry-run), 1 refused by the endpoint or unreachable, 2 bad usage.
`;

const NOTE_LABELS: Readonly<Record<'ru' | 'en', ImportNoteLabels>> = {
  ru: {
    unreadPhone: 'Телефон из файла',
    unreadEmail: 'E-mail из файла',
    longName: 'Полное имя из файла',
    longCompany: 'Компания из файла',
  },
  en: {
    unreadPhone: 'Phone from the file',
    unreadEmail: 'Email from the file',
    longName: 'Full name from the file',
    longCompany: 'Company from the file',
  },
};

class UsageError extends Error {}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${value}": expected ${allowed.join(' or ')}`);
}

function parse(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      server: { type: 'string' },
      user: { type: 'string' },
      office: { type: 'string' },
      owner: { type: 'string' },
      colleague: { type: 'string' },
      'other-office': { type: 'string' },
      report: { type: 'string' },
      'dry-run': { type: 'boolean' },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      country: { type: 'string' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { help: true as const };
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError(`expected exactly one FILE, got ${positionals.length}`);
  const missing = (['server', 'office', 'owner'] as const).filter((flag) => !values[flag]);
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  const country = (values.country ?? DEFAULT_IDENTITY_SETTINGS.defaultCountry).trim().toUpperCase();
  const unknownCountry = countryProblem(country, values.country);
  if (unknownCountry) throw new UsageError(`--country: ${unknownCountry}`);
  const overrides = parseMappings(values.map ?? []);
  if (typeof overrides === 'string') throw new UsageError(overrides);
  return {
    help: false as const,
    file,
    server: values.server!,
    user: values.user ?? 'admin',
    office: values.office!,
    owner: values.owner!,
    choices: {
      colleague: choice<ColleagueChoice>(
        values.colleague,
        COLLEAGUE_CHOICES,
        '--colleague',
        DEFAULT_IMPORT_CHOICES.colleague,
      ),
      otherOffice: choice<OtherOfficeChoice>(
        values['other-office'],
        OTHER_OFFICE_CHOICES,
        '--other-office',
        DEFAULT_IMPORT_CHOICES.otherOffice,
      ),
    },
    report: values.report,
    dryRun: values['dry-run'] === true,
    sheet: values.sheet,
    overrides,
    country,
    labels: NOTE_LABELS[choice(values.language, ['ru', 'en'] as const, '--language', 'ru')],
  };
}

/** The owner must be an active manager or lead of the office: the endpoint would refuse anyone else's clients. */
async function ownerIn(client: EndpointClient, office: string, username: string): Promise<ImportOwner> {
  const target = await findOffice(client, office);
  if (target.disabled) throw new Refused(`office "${target.name}" (--office) is disabled`);
  const owner = await findUser(client, username, '--owner');
  if (owner.disabled) throw new Refused(`--owner "${owner.username}" is disabled`);
  if (owner.officeId !== target.id || owner.role === 'admin')
    throw new Refused(`--owner "${owner.username}" is not a manager or lead of office "${target.name}" (--office)`);
  return { officeId: target.id, ownerId: owner.id, ownerName: owner.name };
}

export async function runImport(
  args: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimdesk import: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (options.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (!env.CLAIMDESK_PASSWORD) {
    io.err('claimdesk import: set CLAIMDESK_PASSWORD to the password of the admin account signing in\n');
    return EXIT_USAGE;
  }
  const path = resolve(io.cwd, options.file);
  const read = await readClientBase(path, options.file, { sheet: options.sheet, overrides: options.overrides });
  if (!read.ok) {
    io.err(`claimdesk import: ${read.message}\n`);
    return EXIT_USAGE;
  }
  const fileHash = createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
  let stop = false;
  const onInterrupt = () => {
    stop = true;
    io.err('\nStopping after the batch under way; run the same command again to continue.\n');
  };
  process.once('SIGINT', onInterrupt);
  try {
    const client = await signIn(options.server, options.user, env.CLAIMDESK_PASSWORD);
    const owner = await ownerIn(client, options.office, options.owner);
    const groups = planImport(read.base.rows, {
      source: { fileName: basename(options.file), fileHash },
      owner,
      settings: settingsFor(options.country),
      labels: options.labels,
      now: Date.now(),
    });
    const keys = [...new Set(groups.flatMap((g) => g.keys))];
    const checking = createProgress(io, 'Checking against the agency', keys.length, 'keys');
    const results = await checkAgainstAgency(
      keys,
      async (chunk) => (await answer(client.admin.importCheck(chunk), client.baseUrl)).results,
      (done) => checking.update(done),
    );
    checking.done();
    const decisions = decideImport(groups, results, owner, options.choices);
    if (options.report) await writeFile(resolve(io.cwd, options.report), importReportCsv(decisions));
    const toWrite = decisions.filter((d) => d.write).length;
    let outcome = { written: 0, alreadyThere: 0, stopped: false };
    if (!options.dryRun) {
      const writing = createProgress(io, 'Importing', toWrite, 'clients');
      const transport = client.sync();
      outcome = await writeImport(
        decisions,
        async (rows) => {
          try {
            return await transport.push('clients', rows);
          } catch (error) {
            throw new Refused(
              `the endpoint refused a batch of clients; what was imported before it stays, and running the same command again continues: ${(error as Error).message}`,
            );
          }
        },
        (done) => writing.update(done),
        () => stop,
      );
      writing.done();
    }
    io.out(
      importSummary(decisions, {
        file: options.file,
        rows: read.base.rows.length,
        dryRun: options.dryRun,
        ...outcome,
        report: options.report,
      }),
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof Refused) {
      io.err(`claimdesk import: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: USAGE,
  run: (args, io) => runImport(args, io),
};
