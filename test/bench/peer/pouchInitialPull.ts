import { randomUUID } from 'node:crypto';
import { SYNC_LIMITS } from '../../../shared/sync';
import { pouchClientDoc, type PouchClientDoc } from './pouchClientDoc';
import { loadPouchDB } from './pouchdb';
import type { PouchPeer } from './pouchPeer';

/**
 * The peer pulls in batches of Claimdesk's pull page (1,000 documents) rather than PouchDB's
 * default of 100, so both sides take the same number of documents at a time.
 */
export const POUCH_PULL_BATCH = SYNC_LIMITS.maxPullLimit;
const SEED_BATCH = 5_000;
const DB = 'clients';

export interface PouchPull {
  documents: number;
  seconds: number;
  docsPerSecond: number;
  /** Heap the fresh client holds after its pull, after GC; undefined when GC is not exposed. */
  heapDelta: number | undefined;
}

/** Fills the peer's server with n clients straight through its own handle (not timed). */
export async function seedPouchClients(peer: PouchPeer, n: number): Promise<void> {
  const db = await peer.serverDb<PouchClientDoc>(DB);
  const office = randomUUID();
  const owner = randomUUID();
  for (let from = 0; from < n; from += SEED_BATCH) {
    const now = Date.now();
    const docs = Array.from({ length: Math.min(SEED_BATCH, n - from) }, (_, j) =>
      pouchClientDoc(from + j, randomUUID(), office, owner, now),
    );
    const results = await db.bulkDocs(docs);
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`seeding the PouchDB peer failed at client ${from}: ${JSON.stringify(failed)}`);
  }
}

/**
 * A fresh memory PouchDB's one-shot replication of the seeded clients from the server over HTTP,
 * timed from its start to its end; checks that every one of the `expected` documents arrived.
 */
export async function pouchInitialPull(
  peer: PouchPeer,
  expected: number,
  batchSize: number = POUCH_PULL_BATCH,
): Promise<PouchPull> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const local = peer.local<PouchClientDoc>('initial-pull');
  // Opened before the clock starts: creating the database is not part of the pull.
  await local.info();
  const started = performance.now();
  await loadPouchDB().replicate(peer.remote(DB), local, { batch_size: batchSize });
  const seconds = (performance.now() - started) / 1000;
  const documents = (await local.info()).doc_count;
  if (documents !== expected) throw new Error(`the PouchDB peer pulled ${documents} of ${expected} documents`);
  let heapDelta: number | undefined;
  if (gc) {
    // The server's store lives in this process too, but it was full before heapBefore: the
    // difference is what the client holds (and the replication left behind).
    gc();
    heapDelta = process.memoryUsage().heapUsed - heapBefore;
  }
  return { documents, seconds, docsPerSecond: documents / seconds, heapDelta };
}
