import type { RxStorage } from 'rxdb';

/** Rows per IndexedDB transaction: see withChunkedWrites. */
export const WRITE_CHUNK_ROWS = 500;

/**
 * Gives a storage whose writes go one at a time across all its collections, big ones in pieces
 * of `maxRows`, so that a read waits for one piece at most.
 *
 * A first sync's batch of 1,000 clients becomes some 8,000 search tokens, 3,000 claims and RxDB's
 * 1,000 replication records, written to four IndexedDB databases at once. Chromium runs an
 * origin's transactions one after another, so the client book's first page waited behind all of
 * them, and the book's reads and the big writes held each other up. A first sync of 20,000
 * clients in the app (test/bench/appFirstSync) showed its first row 5 to 7 s after "Sign in" and
 * found its last client by search after 98.5 s; with writes in pieces of 500, one at a time,
 * 1.2 s and 39.9 s. Pieces of 1,000 show the first row after 3.2 s; of 250, sync half as fast.
 *
 * RxDB's storage contract makes each document's write atomic and no more ("there is no
 * transaction around all documents"), which is what a piece keeps; the errors of every piece are
 * answered together, as one write's would be.
 */
export function withChunkedWrites<Internals, Options>(
  storage: RxStorage<Internals, Options>,
  maxRows = WRITE_CHUNK_ROWS,
): RxStorage<Internals, Options> {
  let previous: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(write: () => Promise<T>): Promise<T> => {
    const next = previous.then(write, write);
    previous = next.catch(() => undefined);
    return next;
  };
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        if (rows.length <= maxRows) return oneAtATime(() => write(rows, context));
        const error = [];
        for (let start = 0; start < rows.length; start += maxRows) {
          const piece = rows.slice(start, start + maxRows);
          error.push(...(await oneAtATime(() => write(piece, context))).error);
        }
        return { error };
      };
      return instance;
    },
  };
}
