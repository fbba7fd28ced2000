// SqlStore on PGlite: PostgreSQL compiled to WASM, one connection, data directory on disk.
import { mkdir, readdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SqlExecutor, SqlStore } from './sqlStore';

function executor(db: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    query: async <Row>(text: string, params?: readonly unknown[]) =>
      (await db.query<Row>(text, params ? [...params] : undefined)).rows,
    exec: async (sql: string) => void (await db.exec(sql)),
  };
}

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

/**
 * initdb straight onto the disk takes ~15 s here (thousands of small file writes through the
 * WASM filesystem); initialising in memory and loading the resulting data directory takes ~6 s.
 */
async function createFresh(dataDir: string): Promise<PGlite> {
  const scratch = await PGlite.create('memory://');
  const image = await scratch.dumpDataDir('none');
  await scratch.close();
  await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir, { loadDataDir: image });
}

export async function openPgliteStore(dataDir: string): Promise<SqlStore> {
  const db = (await isEmptyDir(dataDir)) ? await createFresh(dataDir) : await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...executor(db),
    // PGlite has one connection: its transaction() holds it exclusively, so other queries wait.
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    // Notifications never get lost in-process, so onReset is never needed here.
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => db.close(),
  };
}
