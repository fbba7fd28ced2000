// Picks the adapter: a PostgreSQL server when a URL is given, else embedded PGlite under the data directory.
import { join } from 'node:path';
import { openPgliteStore } from './pgliteStore';
import { openPgStore } from './pgStore';
import type { SqlStore } from './sqlStore';

export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export function openStore(location: StoreLocation, onBackgroundError: (error: Error) => void): Promise<SqlStore> {
  return location.databaseUrl
    ? openPgStore(location.databaseUrl, onBackgroundError)
    : openPgliteStore(join(location.dataDir, 'pglite'));
}
