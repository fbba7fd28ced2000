// Runs a suite against both stores: embedded PGlite in a temp dir and a real PostgreSQL cluster.
// Without PostgreSQL binaries the PostgreSQL half is skipped locally with a message, but in CI
// (process.env.CI set) it fails: CI must install PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresAvailability, startPostgresCluster, type PostgresCluster } from './postgresCluster';

export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string;
}

export interface Backend {
  name: 'pglite' | 'postgres';
  /** False when this backend cannot run here (and may be skipped: never in CI). */
  runnable: boolean;
  /** A fresh, empty store. */
  freshStore(): Promise<StoreLocation>;
  /** Removes everything freshStore created (call in afterAll). */
  cleanup(): Promise<void>;
}

function pgliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    runnable: true,
    async freshStore() {
      const dir = await mkdtemp(join(tmpdir(), 'claimdesk-pglite-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
    async cleanup() {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

function postgresBackend(): Backend {
  const gate = postgresAvailability();
  let cluster: Promise<PostgresCluster> | undefined;
  let count = 0;
  const dirs: string[] = [];
  if (!gate.available && process.env.CI) {
    throw new Error(`${gate.reason}. CI must run the PostgreSQL integration tests; they are not skippable there.`);
  }
  if (!gate.available) console.warn(`[integration] SKIPPING the PostgreSQL backend: ${gate.reason}.`);
  return {
    name: 'postgres',
    runnable: gate.available,
    async freshStore() {
      cluster ??= startPostgresCluster();
      const url = await (await cluster).createDatabase(`t${++count}`);
      const dir = await mkdtemp(join(tmpdir(), 'claimdesk-pgdata-'));
      dirs.push(dir);
      return { dataDir: dir, databaseUrl: url };
    },
    async cleanup() {
      if (cluster) await (await cluster).stop();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export function backends(): Backend[] {
  return [pgliteBackend(), postgresBackend()];
}

export function postgresOnly(): Backend {
  return postgresBackend();
}

export function pgliteOnly(): Backend {
  return pgliteBackend();
}
