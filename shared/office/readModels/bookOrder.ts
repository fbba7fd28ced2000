import type { Subscription } from 'rxjs';
import type { RxChangeEvent } from 'rxdb';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';
import { inBook } from '../bookName';
import { readNow } from '../readNow';

/**
 * The book's alphabetical order, held in memory as (sortName, id) pairs: a page anywhere in
 * 100,000 clients is then a slice and one read by ids. IndexedDB can only skip or count by
 * walking its index, which took 10–20 s for a jump to the middle of the book on disk.
 */
export interface BookOrder {
  /** The ids of `limit` clients from `offset` on, or null while the order is still being read. */
  idsAt(offset: number, limit: number): string[] | null;
  stop(): void;
}

interface Entry {
  sortName: string;
  id: string;
}

/** Clients read per query while the order is first built. */
const BUILD_PAGE = 5_000;
/** Bulks larger than this (a sync's batch) re-sort the whole order instead of placing each change. */
const PLACE_ONE_BY_ONE = 64;

/** IndexedDB's order: code units, the id breaking ties — the same as the sortName index. */
function before(a: Entry, b: Entry): boolean {
  return a.sortName < b.sortName || (a.sortName === b.sortName && a.id < b.id);
}

function positionOf(sorted: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sorted[middle]!, entry)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Starts reading the order at once and follows the clients' changes from then on. */
export function followBookOrder(db: ClaimdeskDatabase, onFailure: (error: unknown) => void): BookOrder {
  // Client id → its sortName; null for a client deleted while the order was being read.
  const names = new Map<string, string | null>();
  const touchedWhileBuilding = new Set<string>();
  let building = true;
  let sorted: Entry[] | null = null;
  let stopped = false;

  const place = (id: string, sortName: string | null) => {
    const previous = names.get(id);
    if (sortName === null) names.delete(id);
    else names.set(id, sortName);
    if (!sorted) return;
    if (typeof previous === 'string') {
      const at = positionOf(sorted, { sortName: previous, id });
      if (sorted[at]?.id === id) sorted.splice(at, 1);
    }
    if (sortName !== null) sorted.splice(positionOf(sorted, { sortName, id }), 0, { sortName, id });
  };

  const subscription: Subscription = db.clients.eventBulks$.subscribe((bulk) => {
    const events = bulk.events as RxChangeEvent<ClientDoc>[];
    if (building) {
      for (const event of events) {
        touchedWhileBuilding.add(event.documentId);
        names.set(event.documentId, presentName(event));
      }
      return;
    }
    if (events.length > PLACE_ONE_BY_ONE) {
      sorted = null;
      for (const event of events) {
        const name = presentName(event);
        if (name === null) names.delete(event.documentId);
        else names.set(event.documentId, name);
      }
      return;
    }
    for (const event of events) place(event.documentId, presentName(event));
  });

  void (async () => {
    for (let after = ''; !stopped;) {
      const page = await readNow(
        db.clients.find({ selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: BUILD_PAGE }),
      );
      // A change seen while reading is as new as the page or newer: it wins.
      for (const doc of page)
        if (!touchedWhileBuilding.has(doc.id)) names.set(doc.id, inBook(doc) ? doc.sortName : null);
      if (page.length < BUILD_PAGE) break;
      after = page.at(-1)!.id;
    }
    for (const [id, name] of names) if (name === null) names.delete(id);
    touchedWhileBuilding.clear();
    building = false;
  })().catch((error: unknown) => {
    subscription.unsubscribe();
    onFailure(error);
  });

  return {
    idsAt(offset, limit) {
      if (building || stopped) return null;
      sorted ??= [...names]
        .map(([id, sortName]) => ({ id, sortName: sortName! }))
        .sort((a, b) => (before(a, b) ? -1 : 1));
      return sorted.slice(offset, offset + limit).map((entry) => entry.id);
    },
    stop() {
      stopped = true;
      subscription.unsubscribe();
    },
  };
}

function presentName(event: RxChangeEvent<ClientDoc>): string | null {
  if (event.operation === 'DELETE') return null;
  const doc = event.documentData;
  return doc && !doc._deleted && inBook(doc) ? doc.sortName : null;
}
