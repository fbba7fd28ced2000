// RxDB's pull never overwrites a document that was written locally and not pushed: it waits for
// the push to settle the conflict. A case this office opened itself (detection during sync) is
// never pushed — the endpoint owns cases — so without this the endpoint's copy, which carries the
// regulations' recommendation, would never arrive. The endpoint's copy replaces the local one.
import type { RxCollection } from 'rxdb';
import type { SyncDocument } from '../../sync';
import { jsonEqual } from '../../sync';

export function adoptServerCopy(collection: RxCollection<SyncDocument>): (doc: SyncDocument) => Promise<SyncDocument> {
  return async (doc) => {
    const local = await collection.findOne(doc.id).exec();
    if (!local) return doc;
    if (doc._deleted) {
      await local.remove();
      return doc;
    }
    const { _deleted: _unused, ...server } = doc;
    if (!jsonEqual(local.toMutableJSON(), server)) await collection.upsert(server as SyncDocument);
    return doc;
  };
}
