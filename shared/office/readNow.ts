import type { RxCollection, RxDocumentData, RxQuery } from 'rxdb';

// One read of the office's database as it is at that moment, for the reads a person waits on
// (the client book's pages, the search box, the check before saving) and for detection's reads
// during a sync. RxDB's own exec() (17.x) runs a query again whenever a write to its collection
// lands while it runs (rxdb#7067), until none does; during a first sync writes land every few
// hundred milliseconds, and the client book's first page waited for the whole sync to end (4–6 s
// on 2,000 clients, test/bench/appFirstSync). These reads are followed by the change events
// that come after them (the book reads its page again, detection runs for the next claims), so
// a read that misses a write landing during it is never the last word.

/** The documents a find query matches now, without RxDB's metadata, as toJSON() gives them. */
export async function readNow<T>(query: RxQuery<T, unknown>): Promise<T[]> {
  const { documents } = await query.collection.storageInstance.query(query.getPreparedQuery());
  return documents.map((doc) => withoutMeta(doc as RxDocumentData<T>));
}

/** The documents of these ids that exist now (deleted ones left out), by id. */
export async function readByIdsNow<T extends { id: string }>(
  collection: RxCollection<T>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const documents = await collection.storageInstance.findDocumentsById([...ids], false);
  return new Map(documents.map((doc) => [doc.id, withoutMeta(doc)]));
}

function withoutMeta<T>(doc: RxDocumentData<T>): T {
  const {
    _rev: _r,
    _attachments: _a,
    _deleted: _d,
    _meta: _m,
    ...data
  } = doc as RxDocumentData<T> & Record<string, unknown>;
  return data as T;
}
