// `claimdesk backup --server URL --out FILE`: a consistent backup of a running endpoint, taken
// through its admin API (an embedded store cannot be opened while its endpoint runs).
import { createReadStream } from 'node:fs';
import { access, open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { createEndpointClient } from '../../../../shared/endpoint';
import { API_PATHS } from '../../../../shared/sync';
import { isBackupHeader, type BackupEnd } from '../../backup/backupFormat';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';

const USAGE = `Usage: claimdesk backup --server URL --out FILE [--user admin]

Takes a consistent backup of the running endpoint at --server (the whole database as of one
moment, while offices keep working) and writes it to FILE (JSON lines; it compresses well).
Restore it with "claimdesk restore FILE --data DIR" (or --database-url URL).

  --server URL   the running sync endpoint, e.g. http://127.0.0.1:8787
  --out FILE     where to write the backup; must not exist yet
  --user NAME    admin account to sign in with (default: admin)

Environment: CLAIMDESK_PASSWORD, the password of the admin signing in (required).
Exit codes: 0 written, 1 refused by the endpoint, unreachable or incomplete, 2 bad usage.
`;

class Failed extends Error {}
class UsageError extends Error {}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The file is a backup from its header to its end line; returns the end line's counts. */
async function checkWhole(file: string): Promise<BackupEnd['tables']> {
  let first: unknown;
  let last = '';
  for await (const line of createInterface({ input: createReadStream(file, 'utf8') })) {
    if (first === undefined) first = JSON.parse(line);
    if (line.trim()) last = line;
  }
  const end = last ? (JSON.parse(last) as Partial<BackupEnd>) : {};
  if (!isBackupHeader(first) || end.end !== true || !end.tables)
    throw new Failed('the endpoint sent an incomplete backup; nothing was written');
  return end.tables;
}

async function download(server: string, user: string, password: string, out: string): Promise<BackupEnd['tables']> {
  const client = createEndpointClient({ baseUrl: server, http: { fetch, TextDecoder } });
  const login = await client.login(user, password);
  if (!login.ok)
    throw new Failed(
      login.failure.code === 'unreachable'
        ? `cannot reach ${server} (--server)`
        : `--user "${user}": ${login.failure.message}`,
    );
  if (login.value.user.role !== 'admin') throw new Failed(`--user "${user}" is not an admin account`);
  const response = await fetch(`${client.baseUrl}${API_PATHS.adminBackup}`, {
    headers: { authorization: `Bearer ${client.token}` },
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Failed(body?.error?.message ?? `the endpoint answered HTTP ${response.status}`);
  }
  const partial = `${out}.partial`;
  const file = await open(partial, 'w');
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), file.createWriteStream());
    const tables = await checkWhole(partial);
    await rename(partial, out);
    return tables;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await file.close().catch(() => undefined);
    await client.logout();
  }
}

export async function runBackup(
  args: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        server: { type: 'string' },
        out: { type: 'string' },
        user: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const missing = (['server', 'out'] as const).filter((n) => !values[n]);
    if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
    if (!env.CLAIMDESK_PASSWORD)
      throw new UsageError('set CLAIMDESK_PASSWORD to the password of the admin account signing in');
    const out = resolve(io.cwd, values.out as string);
    if (await exists(out)) throw new UsageError(`--out ${values.out}: the file exists; choose a new name`);
    const tables = await download(values.server as string, values.user ?? 'admin', env.CLAIMDESK_PASSWORD, out);
    const summary = Object.entries(tables)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    io.out(`Backup written to ${out} (${summary}).\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof Failed) {
      io.err(`claimdesk backup: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimdesk backup: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: USAGE,
  run: (args, io) => runBackup(args, io),
};
