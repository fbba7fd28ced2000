// A throw-away PostgreSQL cluster for integration tests: initdb into a temp dir, start on a free
// loopback port with the unix socket in that dir, trust auth (loopback only), removed afterwards.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const PG_BIN = process.env.CLAIMDESK_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PostgresAvailability {
  available: boolean;
  reason: string;
}

export function postgresAvailability(): PostgresAvailability {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((b) => !existsSync(join(PG_BIN, b)));
  return missing.length
    ? {
        available: false,
        reason: `PostgreSQL server binaries not found in ${PG_BIN} (missing ${missing.join(', ')}); install postgresql-15 or set CLAIMDESK_PG_BIN`,
      }
    : { available: true, reason: '' };
}

export interface PostgresCluster {
  port: number;
  /** A new empty database in the cluster; returns its connection URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` user. */
async function asPostgres(binary: string, args: string[]): Promise<void> {
  const path = join(PG_BIN, binary);
  if (userInfo().uid === 0) await run('runuser', ['-u', 'postgres', '--', path, ...args]);
  else await run(path, args);
}

async function ownedByPostgres(dir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await chown(dir, Number(uid), Number(gid));
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const gate = postgresAvailability();
  if (!gate.available) throw new Error(gate.reason);
  const root = await mkdtemp(join(tmpdir(), 'claimdesk-pg-'));
  await ownedByPostgres(root);
  const data = join(root, 'data');
  const port = await freePort();
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // fsync off: only this test process is at risk, and the SIGKILL tests kill the endpoint, never PostgreSQL.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  await asPostgres('pg_ctl', ['-D', data, '-l', join(root, 'postgres.log'), '-w', '-t', '30', '-o', options, 'start']);
  const url = (db: string): string => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`create database ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}
