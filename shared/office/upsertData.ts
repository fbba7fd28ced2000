import type { RxCollection } from 'rxdb';

/**
 * Writes documents as bulkUpsert does, without what bulkUpsert hands back: an RxDocument (with a
 * weak reference and a finalizer) for every document written. The claims projection writes
 * several documents per pulled client and reads none of them back, so on a first sync of 100k
 * clients those objects were most of the collector's work. New documents are inserted in one
 * write; only those that exist already go through bulkUpsert's update path.
 */
export async function upsertData<T extends { id: string }>(collection: RxCollection<T>, docs: T[]): Promise<void> {
  if (!docs.length) return;
  const { error } = await collection.bulkInsert(docs);
  const existing = new Set(error.filter((e) => e.status === 409).map((e) => e.documentId));
  if (existing.size) await collection.bulkUpsert(docs.filter((doc) => existing.has(doc.id)));
}
