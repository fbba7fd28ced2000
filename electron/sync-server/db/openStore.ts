// Picks the adapter: a PostgreSQL server when a URL is given, else embedded PGlite under the data
// directory, which this process then holds alone (dataDirLock.ts) until the store is closed.
import { join } from 'node:path';
import { lockDataDir } from './dataDirLock';
import { openPgliteStore } from './pgliteStore';
import { openPgStore } from './pgStore';
import type { SqlStore } from './sqlStore';

export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Something worth a line in the log that is not an error (a stale lock taken over). */
export type StoreNotice = (message: string, details: Record<string, unknown>) => void;

export async function openStore(
  location: StoreLocation,
  onBackgroundError: (error: Error) => void,
  onNotice: StoreNotice = () => undefined,
): Promise<SqlStore> {
  if (location.databaseUrl) return openPgStore(location.databaseUrl, onBackgroundError);
  const lock = await lockDataDir(location.dataDir, (previous) =>
    onNotice('took over the data folder from an endpoint that is no longer running', {
      dataDir: location.dataDir,
      previous,
    }),
  );
  let store: SqlStore;
  try {
    store = await openPgliteStore(join(location.dataDir, 'pglite'));
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    ...store,
    async close() {
      try {
        await store.close();
      } finally {
        await lock.release();
      }
    },
  };
}
