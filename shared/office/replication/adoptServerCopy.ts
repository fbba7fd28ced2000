// RxDB's pull never overwrites a document that was written locally and not pushed: it waits for
// the push to settle the conflict. A case this office opened itself (detection before save or
// during sync) is never pushed — the endpoint owns cases — so without this the endpoint's copy,
// which carries the regulations' recommendation, would never arrive. Whichever comes last, the
// endpoint's copy or the local insert, the endpoint's copy ends up stored.
import { filter, type Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { SyncDocument } from '../../sync';
import { jsonEqual } from '../../sync';

export interface ServerCopyAdopter {
  /** RxDB pull modifier: remembers each copy the endpoint sends and stores it over a local one. */
  modifier(doc: SyncDocument): Promise<SyncDocument>;
  /** Watches local inserts; unsubscribe when replication stops. */
  subscription: Subscription;
}

export function adoptServerCopies(collection: RxCollection<SyncDocument>): ServerCopyAdopter {
  const latest = new Map<string, SyncDocument>();
  let chain: Promise<void> = Promise.resolve();
  // One at a time, so a pulled copy and a local insert of the same case never interleave.
  const adopt = (id: string): Promise<void> =>
    (chain = chain.then(() => store(collection, latest.get(id))).catch(() => undefined));
  // The endpoint's copy can arrive between RxDB reading the local state and a local insert.
  const inserted: Subscription = collection.$.pipe(
    filter((ev) => ev.operation === 'INSERT' && latest.has(ev.documentId)),
  ).subscribe((ev) => void adopt(ev.documentId));
  return {
    async modifier(doc) {
      latest.set(doc.id, doc);
      await adopt(doc.id);
      return doc;
    },
    subscription: inserted,
  };
}

async function store(collection: RxCollection<SyncDocument>, doc: SyncDocument | undefined): Promise<void> {
  if (!doc) return;
  const local = await collection.findOne(doc.id).exec();
  if (!local) return;
  if (doc._deleted) {
    await local.remove();
    return;
  }
  const { _deleted: _unused, ...server } = doc;
  if (!jsonEqual(local.toMutableJSON(), server)) await collection.upsert(server as SyncDocument);
}
