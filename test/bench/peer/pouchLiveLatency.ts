import { randomUUID } from 'node:crypto';
import { pouchClientDoc, type PouchClientDoc } from './pouchClientDoc';
import type { PouchChanges, PouchSync } from './pouchdb';
import type { PouchPeer } from './pouchPeer';

const DB = 'live';
/** A sample that has not reached B by then will not: the bench fails instead of waiting on. */
const SAMPLE_TIMEOUT_MS = 10_000;
/** How long a cancelled sync may take to end before the peer is closed under it anyway. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * syncLatency.bench.ts's measure on the peer: two memory PouchDBs, A and B, each in live two-way
 * sync with the same server database; a client saved in A, timed until B's changes feed sees it,
 * one at a time. Returns the latencies in ms, sorted.
 */
export async function pouchLiveLatency(peer: PouchPeer, samples: number): Promise<number[]> {
  await peer.serverDb(DB);
  // A live sync with retry never fails on an unreachable server, it retries: ask once first.
  await peer.remote(DB).info();
  const a = peer.local<PouchClientDoc>('live-a');
  const b = peer.local<PouchClientDoc>('live-b');
  const syncs = [a, b].map((db) => db.sync(peer.remote<PouchClientDoc>(DB), { live: true, retry: true }));
  let feed: PouchChanges | undefined;
  try {
    const failure = failureOf(syncs);
    await Promise.race([Promise.all(syncs.map(caughtUp)), failure]);
    // One feed for the run, from B's sequence now: a feed per sample opened with since 'now' reads
    // that sequence asynchronously and could start after the sample it waits for.
    const waiting = new Map<string, (at: number) => void>();
    feed = b
      .changes({ live: true, since: (await b.info()).update_seq })
      .on('change', (change) => waiting.get(change.id)?.(performance.now()));
    const office = randomUUID();
    const owner = randomUUID();
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const id = randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const arrived = new Promise<number>((resolve, reject) => {
        waiting.set(id, resolve);
        timer = setTimeout(
          () => reject(new Error(`sample ${i} did not reach the second PouchDB within ${SAMPLE_TIMEOUT_MS} ms`)),
          SAMPLE_TIMEOUT_MS,
        );
      });
      try {
        const started = performance.now();
        await a.put(pouchClientDoc(i, id, office, owner, Date.now()));
        latencies.push((await Promise.race([arrived, failure])) - started);
      } finally {
        clearTimeout(timer);
        waiting.delete(id);
      }
    }
    return latencies.sort((x, y) => x - y);
  } finally {
    feed?.cancel();
    await Promise.all(syncs.map(stop));
  }
}

/**
 * Cancels a sync and waits until it has ended. A cancelled sync still finishes requests in flight,
 * and one cut by the server's close rejects where PouchDB does not catch it.
 */
async function stop(sync: PouchSync): Promise<void> {
  const ended = new Promise<void>((resolve) => sync.once('complete', () => resolve()));
  sync.cancel();
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
  await Promise.race([ended, gaveUp]);
  clearTimeout(timer);
}

/** Resolves once the sync's first catch-up is done: both directions wait on the server. */
function caughtUp(sync: PouchSync): Promise<void> {
  return new Promise((resolve) => sync.once('paused', () => resolve()));
}

/** Rejects on the first error or denial of any sync; never resolves. */
function failureOf(syncs: PouchSync[]): Promise<never> {
  const failure = new Promise<never>((_, reject) => {
    for (const sync of syncs) {
      sync.on('error', (error) => reject(new Error(`PouchDB live sync failed: ${describe(error)}`)));
      sync.on('denied', (error) => reject(new Error(`PouchDB live sync was denied: ${describe(error)}`)));
    }
  });
  // Awaited only in races: a failure after the last sample must not become an unhandled rejection.
  failure.catch(() => undefined);
  return failure;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}
