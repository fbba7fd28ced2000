import { debounceTime, from, merge, startWith, switchMap, type Observable } from 'rxjs';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';

/**
 * A search run again whenever the book changes (here or in another window). Claims and name
 * tokens are written just after the client, and search reads them, so all three collections
 * are watched and bursts are coalesced.
 */
export function clientSearch$(db: ClaimdeskDatabase, search: () => Promise<ClientDoc[]>): Observable<ClientDoc[]> {
  return merge(db.clients.$, db.claims.$, db.nametokens.$).pipe(
    debounceTime(60),
    startWith(null),
    switchMap(() => from(search())),
  );
}
