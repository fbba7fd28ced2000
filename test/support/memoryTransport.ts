// The endpoint's replication protocol in memory, for office-core tests that need a sync without
// an HTTP server: what a test publishes is pulled in commit order and sent on the live stream.
import { Subject, concat, of, type Observable } from 'rxjs';
import type { PullResponse, StreamMessage, SyncCollectionName, SyncDocument } from '../../shared/sync';
import type { SyncTransport } from '../../shared/sync/transport';

export interface MemoryTransport {
  transport: SyncTransport;
  /** Commits documents at the endpoint: pulled from now on, and streamed to whoever is connected. */
  publish<C extends SyncCollectionName>(collection: C, documents: SyncDocument<C>[]): void;
}

export function memoryTransport(): MemoryTransport {
  const committed = new Map<SyncCollectionName, SyncDocument[]>();
  const streams = new Map<SyncCollectionName, Subject<StreamMessage>>();
  const rows = (c: SyncCollectionName) => committed.get(c) ?? committed.set(c, []).get(c)!;
  const live = (c: SyncCollectionName) => streams.get(c) ?? streams.set(c, new Subject()).get(c)!;

  const transport = {
    async pull(collection: SyncCollectionName, checkpoint: { seq: number } | null, limit: number) {
      const from = checkpoint?.seq ?? 0;
      const documents = rows(collection).slice(from, from + limit);
      return { documents, checkpoint: { seq: from + documents.length } } as PullResponse;
    },
    // Writes are accepted as they are; the tests here are about what the office is told.
    async push() {
      return [];
    },
    stream(collection: SyncCollectionName): Observable<StreamMessage> {
      return concat(of('RESYNC' as const), live(collection));
    },
  } as unknown as SyncTransport;

  return {
    transport,
    publish(collection, documents) {
      const all = rows(collection);
      all.push(...(documents as unknown as SyncDocument[]));
      live(collection).next({ documents: documents as unknown as SyncDocument[], checkpoint: { seq: all.length } });
    },
  };
}
