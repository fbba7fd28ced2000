// `claimdesk restore FILE --data DIR | --database-url URL`: a backup into an empty store, with no
// endpoint running on it (an embedded data folder is locked while one does).
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { restoreBackup, RestoreRefused } from '../../backup/restoreBackup';
import { openStore } from '../../db/openStore';
import { StartRefused } from '../../startRefused';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';

const USAGE = `Usage: claimdesk restore FILE (--data DIR | --database-url URL)

Restores a backup made by "claimdesk backup" into an empty store, then runs the migrations of
this Claimdesk version. Start the endpoint on that store afterwards.

  --data DIR            an empty (or new) embedded data folder, as the endpoint's --data
  --database-url URL    an empty PostgreSQL database, postgres://user:pass@host:5432/db

Exit codes: 0 restored, 1 refused (not a backup, incomplete, store not empty or in use), 2 bad usage.
`;

class UsageError extends Error {}

export async function runRestore(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        data: { type: 'string' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('give the one backup FILE to restore');
    if (Boolean(values.data) === Boolean(values['database-url']))
      throw new UsageError('give either --data DIR or --database-url URL');
    const file = resolve(io.cwd, positionals[0] as string);
    await access(file).catch(() => {
      throw new UsageError(`${positionals[0]}: no such file`);
    });
    const location = values.data
      ? { dataDir: resolve(io.cwd, values.data) }
      : { dataDir: io.cwd, databaseUrl: values['database-url'] };
    const store = await openStore(location, (error) => io.err(`claimdesk restore: database: ${error.message}\n`));
    try {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      const { header, tables } = await restoreBackup(store, lines);
      io.out(
        `Restored the backup of ${header.createdAt} into ${values.data ? `--data ${location.dataDir}` : 'the --database-url database'}: ` +
          `${tables.users ?? 0} accounts, ${tables.documents ?? 0} documents.\n`,
      );
    } finally {
      await store.close();
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof RestoreRefused || error instanceof StartRefused) {
      io.err(`claimdesk restore: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimdesk restore: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: USAGE,
  run: (args, io) => runRestore(args, io),
};
