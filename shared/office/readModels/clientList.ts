import {
  asyncScheduler,
  debounceTime,
  exhaustMap,
  filter,
  from,
  map,
  merge,
  of,
  scan,
  race,
  share,
  switchMap,
  throttleTime,
  timer,
  type Observable,
} from 'rxjs';
import type { MangoQuerySortPart, RxChangeEvent } from 'rxdb';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';
import { HIDDEN_FROM_BOOK, inBook } from '../bookName';
import { readByIdsNow, readNow } from '../readNow';
import { followBookOrder, type BookOrder } from './bookOrder';

/** How many clients the book holds now, and a number that grows with every change to them. */
export interface ClientBookState {
  total: number;
  /** Pages read before this version changed may be out of date. */
  version: number;
}

/** Where a page starts: the last client of the page before it (same version), so it is read from the index, not skipped to. */
export interface PageAnchor {
  sortName: string;
  id: string;
}

// A large sync writes hundreds of clients a second: the book follows it a few times a second,
// never waiting for it to end (a debounce would) and never once per write.
const BOOK_REFRESH_MS = 400;
// IndexedDB counts by walking the index (about two seconds for 100,000 clients on disk), so the
// total follows the change events and is counted again only once the writes pause.
const RECOUNT_AFTER_QUIET_MS = 2_000;
/** The first count waits at most this long for the first page (a book no one reads is still counted). */
const FIRST_PAGE_WAIT_MS = 1_000;

/**
 * The book's size, live: counted once the first page is read (or soon after it was asked for,
 * if no page is) and whenever writes pause, followed by its change events between.
 *
 * IndexedDB answers one request after another here: a count started first held the first rows
 * back for the whole count, one to two seconds on 100,000 clients, and the rows matter first.
 */
export function clientBook$(db: ClaimdeskDatabase, firstPageRead: Promise<void>): Observable<ClientBookState> {
  const deltas$ = db.clients.eventBulks$.pipe(
    map((bulk) => (bulk.events as RxChangeEvent<ClientDoc>[]).reduce((sum, event) => sum + countChange(event), 0)),
    share(),
  );
  const firstCount$ = race(from(firstPageRead), timer(FIRST_PAGE_WAIT_MS));
  const counts$ = firstCount$.pipe(
    switchMap(() => merge(of(null), deltas$.pipe(debounceTime(RECOUNT_AFTER_QUIET_MS)))),
    exhaustMap(() => from(bookCount(db))),
  );
  return merge(counts$.pipe(map((total) => ({ total }))), deltas$.pipe(map((delta) => ({ delta })))).pipe(
    scan(
      (total: number | null, next: { total: number } | { delta: number }) =>
        'total' in next ? next.total : total === null ? null : total + next.delta,
      null,
    ),
    filter((total): total is number => total !== null),
    throttleTime(BOOK_REFRESH_MS, asyncScheduler, { leading: true, trailing: true }),
    scan((previous: ClientBookState, total) => ({ total, version: previous.version + 1 }), { total: 0, version: 0 }),
  );
}

/**
 * The clients in the book: every record but those merged into another. The range has both bounds,
 * as the seek's counts do: on IndexedDB, RxDB counted `$lt` alone as a slow count (reading
 * documents), which it refuses (QU14), and the book stayed empty.
 */
function bookCount(db: ClaimdeskDatabase): Promise<number> {
  return db.clients.count({ selector: { sortName: { $gte: '', $lt: HIDDEN_FROM_BOOK } } }).exec();
}

/** How one change moves the number of clients: a client written for the first time, deleted, merged, or brought back. */
function countChange(event: RxChangeEvent<ClientDoc>): number {
  const present = (doc: { _deleted?: boolean; sortName: string } | undefined) =>
    doc && !doc._deleted && inBook(doc) ? 1 : 0;
  if (event.operation === 'DELETE') return event.previousDocumentData ? -present(event.previousDocumentData) : -1;
  if (event.operation === 'INSERT') return present(event.documentData);
  return present(event.documentData) - present(event.previousDocumentData);
}

/** Skipping this many documents costs about as much as the counts a seek takes. */
const CHEAP_SKIP = 200;
const MAX_SEEK_DEPTH = 24;
const LAST_CODE_UNIT = 0xffff;
const LAST_CHARACTER = String.fromCharCode(LAST_CODE_UNIT);

/**
 * The book's pages for one office core. Its order in memory is read once the first page is on
 * its way to the screen, or at once for a jump deep into the book: reading 100,000 clients in
 * big pages would otherwise go before the first rows (IndexedDB answers in turn).
 */
export interface BookPages {
  clientListPage(offset: number, limit: number, anchor?: PageAnchor): Promise<ClientDoc[]>;
  /** Resolves when a page has been read for the first time. */
  readonly firstPageRead: Promise<void>;
  stop(): void;
}

export function bookPages(db: ClaimdeskDatabase, onFailure: (error: unknown) => void): BookPages {
  let order: BookOrder | undefined;
  let pageRead = () => {};
  const firstPageRead = new Promise<void>((resolve) => (pageRead = resolve));
  const followOrder = () => (order ??= followBookOrder(db, onFailure));
  return {
    clientListPage: async (offset, limit, anchor) => {
      if (offset >= CHEAP_SKIP) followOrder();
      try {
        return await clientListPage(db, offset, limit, anchor, order);
      } finally {
        pageRead();
        followOrder();
      }
    },
    firstPageRead,
    stop: () => order?.stop(),
  };
}

/**
 * One page of the book in alphabetical order (index sortName, the id breaking ties). Deep in
 * the book, once the order in memory is read, the page is a slice of it. Otherwise, with an
 * anchor the page is read on from where the previous page ended; without one, near the top it
 * is skipped to; further down it is sought: IndexedDB walks every document it skips (a page in
 * the middle of 10,000 took most of a second), but counts an index range without reading it.
 */
export async function clientListPage(
  db: ClaimdeskDatabase,
  offset: number,
  limit: number,
  anchor?: PageAnchor,
  order?: BookOrder,
): Promise<ClientDoc[]> {
  const sort: MangoQuerySortPart<ClientDoc>[] = [{ sortName: 'asc' }, { id: 'asc' }];
  const ids = offset >= CHEAP_SKIP ? order?.idsAt(offset, limit) : null;
  if (ids) {
    const found = await readByIdsNow(db.clients, ids);
    return ids.flatMap((id) => {
      const doc = found.get(id);
      return doc ? [doc] : [];
    });
  }
  if (anchor) {
    // Namesakes may straddle the page boundary: the rest of the anchor's name first, then the names after it.
    const namesakes = await readNow(
      db.clients.find({ selector: { sortName: anchor.sortName, id: { $gt: anchor.id } }, sort, limit }),
    );
    const after =
      namesakes.length < limit
        ? await readNow(
            db.clients.find({
              selector: { sortName: { $gt: anchor.sortName } },
              sort,
              limit: limit - namesakes.length,
            }),
          )
        : [];
    return [...namesakes, ...after].filter(inBook);
  }
  const { prefix, before } = offset < CHEAP_SKIP ? { prefix: '', before: 0 } : await seek(db, offset);
  const docs = await readNow(
    db.clients.find({ selector: { sortName: { $gte: prefix } }, sort, skip: offset - before, limit }),
  );
  return docs.filter(inBook);
}

/**
 * A name prefix at or just before the offset-th client, and how many clients sort before it: one
 * code unit at a time, the largest whose count of names before it does not pass the offset (a
 * binary search over index counts), until what is left to skip is cheap. IndexedDB counts a
 * range by walking it, so each count covers only the clients under the current prefix, from
 * whichever end of them the offset is nearer.
 */
async function seek(db: ClaimdeskDatabase, offset: number): Promise<{ prefix: string; before: number }> {
  const countRange = (from: string, to: string) =>
    db.clients.count({ selector: { sortName: { $gte: from, $lt: to } } }).exec();
  let prefix = '';
  let before = 0;
  let under = await bookCount(db);
  for (let depth = 0; depth < MAX_SEEK_DEPTH && offset - before >= CHEAP_SKIP; depth++) {
    const end = prefix + LAST_CHARACTER;
    const fromStart = offset - before < under / 2;
    // Clients under the prefix that sort before prefix + code unit c.
    const belowUnit = async (c: number) => {
      const key = prefix + String.fromCharCode(c);
      return fromStart ? countRange(prefix, key) : under - (await countRange(key, end));
    };
    let low = -1;
    let lowCount = 0;
    let high = LAST_CODE_UNIT;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      const count = await belowUnit(middle);
      if (before + count <= offset) {
        low = middle;
        lowCount = count;
      } else high = middle - 1;
    }
    // No longer prefix starts at or before the offset: the client there is named exactly the prefix.
    if (low < 0) break;
    prefix += String.fromCharCode(low);
    before += lowCount;
    under = await countRange(prefix, prefix + LAST_CHARACTER);
  }
  return { prefix, before };
}
