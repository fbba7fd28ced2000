import { asyncScheduler, from, merge, of, scan, switchMap, throttleTime, type Observable } from 'rxjs';
import type { MangoQuerySortPart } from 'rxdb';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';

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

/** The book's size, live (IndexedDB counts an index without reading the documents). */
export function clientBook$(db: ClaimdeskDatabase): Observable<ClientBookState> {
  return merge(of(null), db.clients.$).pipe(
    throttleTime(BOOK_REFRESH_MS, asyncScheduler, { leading: true, trailing: true }),
    switchMap(() => from(db.clients.count().exec())),
    scan((previous: ClientBookState, total) => ({ total, version: previous.version + 1 }), { total: 0, version: 0 }),
  );
}

/**
 * One page of the book in alphabetical order (index sortName, the id breaking ties). With an
 * anchor the page is read from the index where the previous page ended; without one the
 * storage walks the index up to the offset, which is what a jump to the middle costs.
 */
export async function clientListPage(
  db: ClaimdeskDatabase,
  offset: number,
  limit: number,
  anchor?: PageAnchor,
): Promise<ClientDoc[]> {
  const sort: MangoQuerySortPart<ClientDoc>[] = [{ sortName: 'asc' }, { id: 'asc' }];
  if (!anchor) {
    const docs = await db.clients.find({ sort, skip: offset, limit }).exec();
    return docs.map((d) => d.toJSON() as ClientDoc);
  }
  // Namesakes may straddle the page boundary: the rest of the anchor's name first, then the names after it.
  const namesakes = await db.clients
    .find({ selector: { sortName: anchor.sortName, id: { $gt: anchor.id } }, sort, limit })
    .exec();
  const after =
    namesakes.length < limit
      ? await db.clients
          .find({ selector: { sortName: { $gt: anchor.sortName } }, sort, limit: limit - namesakes.length })
          .exec()
      : [];
  return [...namesakes, ...after].map((d) => d.toJSON() as ClientDoc);
}
