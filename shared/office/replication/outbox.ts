import { BehaviorSubject, type Observable } from 'rxjs';
import type { ClaimdeskDatabase } from '../../db';
import type { SyncCollectionName } from '../../sync';

const OUTBOX_DOC = 'syncOutbox';

/** A document waiting in the outbox, with the write it waits for (a later write replaces it). */
export interface OutboxEntry {
  id: string;
  write: number;
}

/**
 * Which local changes the endpoint has not accepted yet — the "changes waiting to be sent"
 * a manager sees. RxDB pushes them by itself; this only counts, and survives a restart.
 */
export class Outbox {
  private readonly marks: Map<string, number>;
  /** Counts local writes per document in this run, so a check that read an older state never clears a newer write. */
  private readonly writes = new Map<string, number>();
  private writeCount = 0;
  private readonly size = new BehaviorSubject(0);
  private persisting: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: ClaimdeskDatabase,
    initial: Record<string, number>,
  ) {
    this.marks = new Map(Object.entries(initial));
    this.size.next(this.marks.size);
  }

  static async open(db: ClaimdeskDatabase): Promise<Outbox> {
    const doc = await db.getLocal<{ marks: Record<string, number> }>(OUTBOX_DOC);
    return new Outbox(db, doc?.toJSON().data.marks ?? {});
  }

  get size$(): Observable<number> {
    return this.size.asObservable();
  }

  get pending(): number {
    return this.marks.size;
  }

  /** Whether a local write of this document still waits for the endpoint. */
  isPending(collection: SyncCollectionName, id: string): boolean {
    return this.marks.has(`${collection}/${id}`);
  }

  mark(collection: SyncCollectionName, id: string, at: number): Promise<void> {
    const key = `${collection}/${id}`;
    this.marks.set(key, Math.max(at, this.marks.get(key) ?? at));
    this.writes.set(key, ++this.writeCount);
    return this.persist();
  }

  /** The endpoint accepted these documents as they were at `sentAt`; a later edit stays pending. */
  settle(collection: SyncCollectionName, ids: string[], sentAt: number): Promise<void> {
    let changed = false;
    for (const id of ids) {
      const key = `${collection}/${id}`;
      const markedAt = this.marks.get(key);
      if (markedAt !== undefined && markedAt <= sentAt) {
        this.marks.delete(key);
        changed = true;
      }
    }
    return changed ? this.persist() : Promise.resolve();
  }

  /** The documents of a collection waiting now, each with the write it waits for. */
  waiting(collection: SyncCollectionName): OutboxEntry[] {
    const prefix = `${collection}/`;
    return [...this.marks.keys()]
      .filter((key) => key.startsWith(prefix))
      .map((key) => ({ id: key.slice(prefix.length), write: this.writes.get(key) ?? 0 }));
  }

  /**
   * These documents turned out acknowledged (the endpoint holds what this workstation holds),
   * as of the writes `waiting` returned; one written again since stays pending.
   */
  acknowledge(collection: SyncCollectionName, entries: readonly OutboxEntry[]): Promise<void> {
    let changed = false;
    for (const { id, write } of entries) {
      const key = `${collection}/${id}`;
      if (!this.marks.has(key) || (this.writes.get(key) ?? 0) !== write) continue;
      this.marks.delete(key);
      changed = true;
    }
    return changed ? this.persist() : Promise.resolve();
  }

  private persist(): Promise<void> {
    this.size.next(this.marks.size);
    const snapshot = Object.fromEntries(this.marks);
    // Writes are chained so an older snapshot never lands after a newer one.
    this.persisting = this.persisting.then(() => this.db.upsertLocal(OUTBOX_DOC, { marks: snapshot }));
    return this.persisting.then(() => undefined);
  }
}
