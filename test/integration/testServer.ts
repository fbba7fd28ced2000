// Starting endpoints for tests: in-process (createSyncServer) or as a real child process (the entry, via tsx).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createSyncServer, type SyncServer, type SyncServerOptions } from '../../electron/sync-server/server';
import { Api } from './api';
import type { StoreLocation } from './backends';

export const ADMIN_PASSWORD = 'admin password for tests';

export async function startServer(location: StoreLocation, extra: Partial<SyncServerOptions> = {}): Promise<{ server: SyncServer; admin: Api; anonymous: Api }> {
  const server = await createSyncServer({ ...location, port: 0, webRoot: null, adminPassword: ADMIN_PASSWORD, ...extra });
  const anonymous = new Api(server.url);
  return { server, admin: await anonymous.login('admin', ADMIN_PASSWORD), anonymous };
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the child has exited. */
  exited: Promise<number | string>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Spawns the entry on a free port and waits for its "ready" log line. `node --import tsx` rather
 * than the tsx CLI: the CLI runs the program in a grandchild, so a SIGKILL would hit only the CLI.
 */
export async function spawnServer(location: StoreLocation, timeoutMs = 60_000): Promise<ChildServer> {
  const args = ['--import', 'tsx', join(ROOT, 'electron/sync-server/main.ts'), '--port', '0', '--data', location.dataDir];
  if (location.databaseUrl) args.push('--database-url', location.databaseUrl);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CLAIMDESK_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`endpoint did not start within ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    void exited.then((code) => reject(new Error(`endpoint exited (${code}) before it was ready: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
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
  return { url, process: child, exited };
}
