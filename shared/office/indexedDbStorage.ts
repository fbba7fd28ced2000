import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb';
import { withChangedSinceByRange } from './changedSinceByRange';
import { withChunkedWrites } from './chunkedWrites';

/**
 * The office database's storage in a browser or Electron window: IndexedDB, through Dexie.
 * Here rather than in the renderer, which never imports RxDB itself. Changes since a checkpoint
 * are read as index ranges (changedSinceByRange.ts): replication reads them back after every pull.
 * Big writes go in pieces (chunkedWrites.ts), so the screen's reads are answered during a sync.
 */
export function indexedDbStorage(): RxStorage<unknown, unknown> {
  return withChunkedWrites(withChangedSinceByRange(getRxStorageDexie()));
}
