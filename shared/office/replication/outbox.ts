import { BehaviorSubject, type Observable } from 'rxjs';
import type { ClaimdeskDatabase } from '../../db';
import type { SyncCollectionName } from '../../sync';

const OUTBOX_DOC = 'syncOutbox';

/**
 * Which local changes the endpoint has not accepted yet — the "changes waiting to be sent"
 * a manager sees. RxDB pushes them by itself; this only counts, and survives a restart.
 */
export class Outbox {
  private readonly marks: Map<string, number>;
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
    this.marks.set(`${collection}/${id}`, at);
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

  private persist(): Promise<void> {
    this.size.next(this.marks.size);
    const snapshot = Object.fromEntries(this.marks);
    // Writes are chained so an older snapshot never lands after a newer one.
    this.persisting = this.persisting.then(() => this.db.upsertLocal(OUTBOX_DOC, { marks: snapshot }));
    return this.persisting.then(() => undefined);
  }
}
