// The sync endpoint's entry as a real child process, for tests and benches that need a process
// boundary (crash recovery, several processes on one database, the browser tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface SpawnedEndpoint {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the child has exited. */
  exited: Promise<number | string>;
  /** Every line the child has written to stdout so far (its log). */
  stdoutLines: string[];
}

export interface SpawnOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  adminPassword: string;
  /** Modules preloaded before the entry (e.g. a test clock). */
  imports?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Spawns the entry on a free port and waits for its "ready" log line. `node --import tsx` rather
 * than the tsx CLI: the CLI runs the program in a grandchild, so a signal would reach only the CLI.
 */
export async function spawnEndpoint(options: SpawnOptions): Promise<SpawnedEndpoint> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const preloads = (options.imports ?? []).flatMap((module) => ['--import', module]);
  const args = [
    '--import',
    'tsx',
    ...preloads,
    join(ROOT, 'electron/sync-server/main.ts'),
    '--port',
    '0',
    '--data',
    options.dataDir,
  ];
  if (options.databaseUrl) args.push('--database-url', options.databaseUrl);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CLAIMDESK_ADMIN_PASSWORD: options.adminPassword, LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the endpoint did not start within ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the endpoint exited (${code}) before it was ready: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdoutLines.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'claimdesk sync endpoint ready' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // Not a log line.
      }
    });
  });
  return { url, process: child, exited, stdoutLines };
}
