// Fans committed changes out to this process's live streams. Every endpoint process LISTENs on one
// channel; a notification carries only the collection and seq range, the rows are read back here,
// so a push through any process reaches streams on all of them.
import type { SyncCollectionName } from '../../../shared/sync';
import type { SqlStore } from '../db/sqlStore';
import { CHANGES_CHANNEL, rowsInRange } from './documentStore';

export interface ChangedRow {
  office_id: string;
  scope_office_ids: string[] | null;
  data: Record<string, unknown>;
  deleted: boolean;
  seq: number;
}

export interface FeedSubscriber {
  collection: SyncCollectionName;
  onRows(rows: readonly ChangedRow[]): void;
  /** Something may have been missed: the subscriber must tell its client to re-pull. */
  onReset(): void;
}

export interface ChangeFeed {
  subscribe(subscriber: FeedSubscriber): () => void;
  stop(): Promise<void>;
}

export async function startChangeFeed(store: SqlStore, onError: (error: unknown) => void): Promise<ChangeFeed> {
  const subscribers = new Set<FeedSubscriber>();
  // Notifications arrive in commit order; reading them back one at a time keeps that order on the wire.
  let queue = Promise.resolve();

  const resetAll = (): void => subscribers.forEach((s) => s.onReset());

  const onPayload = (payload: string): void => {
    const [collection, from, to] = payload.split(':');
    const interested = [...subscribers].filter((s) => s.collection === collection);
    if (!interested.length) return;
    queue = queue.then(async () => {
      try {
        const rows = await rowsInRange(store, collection as SyncCollectionName, Number(from), Number(to));
        if (rows.length) subscribers.forEach((s) => s.collection === collection && s.onRows(rows));
      } catch (error) {
        onError(error);
        resetAll();
      }
    });
  };

  const unlisten = await store.listen(CHANGES_CHANNEL, onPayload, resetAll);
  return {
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    async stop() {
      subscribers.clear();
      await unlisten();
      await queue;
    },
  };
}
