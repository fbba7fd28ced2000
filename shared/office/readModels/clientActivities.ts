import { combineLatest, map, of, type Observable } from 'rxjs';
import type { ActivityDoc, ClaimdeskDatabase } from '../../db';

/** A client's history, newest first (index clientId + at). Live. */
export function clientActivities$(db: ClaimdeskDatabase, clientId: string): Observable<ActivityDoc[]> {
  return db.activities
    .find({ selector: { clientId }, sort: [{ at: 'desc' }] })
    .$.pipe(map((docs) => docs.map((d) => d.toJSON() as ActivityDoc)));
}

/**
 * The activities of several clients, in no particular order. One equality query per client:
 * RxDB answers `$in` by scanning the collection, an equality by its clientId index.
 */
export function activitiesOfClients$(db: ClaimdeskDatabase, clientIds: readonly string[]): Observable<ActivityDoc[]> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return of([]);
  return combineLatest(ids.map((id) => clientActivities$(db, id))).pipe(map((lists) => lists.flat()));
}
