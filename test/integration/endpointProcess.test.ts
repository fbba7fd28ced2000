// The endpoint as a service runs it: one process per embedded data folder, a clean stop on
// SIGTERM that frees the folder, a log of JSON lines only, and a first password held to the rules.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/sync-server/db/dataDirLock';
import { API_PATHS } from '../../shared/sync';
import { spawnEndpoint, type SpawnedEndpoint } from '../support/spawnEndpoint';
import { Api } from './api';
import { ADMIN_PASSWORD } from './testServer';

const children: SpawnedEndpoint[] = [];
const dirs: string[] = [];

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-process-'));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, adminPassword = ADMIN_PASSWORD): Promise<SpawnedEndpoint> {
  const child = await spawnEndpoint({ dataDir, adminPassword });
  children.push(child);
  return child;
}

async function stop(child: SpawnedEndpoint): Promise<number | string> {
  child.process.kill('SIGTERM');
  return child.exited;
}

afterAll(async () => {
  children.forEach((c) => c.process.kill('SIGKILL'));
  await Promise.all(children.map((c) => c.exited));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('the endpoint process', () => {
  it('refuses a data folder another endpoint holds, frees it on SIGTERM, and logs JSON lines only', async () => {
    const dataDir = await freshDir();
    const first = await start(dataDir);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    await expect(start(dataDir)).rejects.toThrow(
      new RegExp(`The data folder .* is in use by another Claimdesk endpoint \\(pid ${first.process.pid}, started`),
    );

    const admin = await new Api(first.url).login('admin', ADMIN_PASSWORD);
    expect((await admin.request('GET', API_PATHS.directory)).status).toBe(200);

    const stoppedAt = Date.now();
    expect(await stop(first)).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    expect(first.stdoutLines.length).toBeGreaterThan(2);
    for (const line of first.stdoutLines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(first.stdoutLines.map((l) => (JSON.parse(l) as { msg?: string }).msg)).toContain(
      'shutting down: finishing in-flight requests',
    );

    const second = await start(dataDir);
    await new Api(second.url).login('admin', ADMIN_PASSWORD);
    expect(await stop(second)).toBe(0);
  }, 120_000);

  it('takes over the folder of an endpoint that died without stopping', async () => {
    const dataDir = await freshDir();
    const crashed = await start(dataDir);
    crashed.process.kill('SIGKILL');
    await crashed.exited;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const next = await start(dataDir);
    const takeover = next.stdoutLines
      .map((l) => JSON.parse(l) as { msg?: string; previous?: { pid?: number } })
      .find((entry) => entry.msg?.startsWith('took over the data folder'));
    expect(takeover?.previous?.pid).toBe(crashed.process.pid);
    await new Api(next.url).login('admin', ADMIN_PASSWORD);
    expect(await stop(next)).toBe(0);
  }, 120_000);

  it('refuses to create the first admin with a password shorter than the rules allow', async () => {
    const dataDir = await freshDir();
    await expect(start(dataDir, 'abc')).rejects.toThrow(
      /exited \(1\).*CLAIMDESK_ADMIN_PASSWORD is not accepted: A password needs at least 10 characters/s,
    );
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);
});
