import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb';

/**
 * The office database's storage in a browser or Electron window: IndexedDB, through Dexie.
 * Here rather than in the renderer, which never imports RxDB itself.
 */
export function indexedDbStorage(): RxStorage<unknown, unknown> {
  return getRxStorageDexie();
}
