import { distinctUntilChanged, map, switchMap, type Observable } from 'rxjs';
import type { ActivityDoc, ClaimdeskDatabase } from '../../db';
import { client$ } from './client';
import { activitiesOfClients$ } from './clientActivities';

/**
 * A client's history, newest first, with the history of every record merged into it: activities
 * are their authors' immutable facts and keep the client they were written for, so a merge folds
 * them in here instead of re-pointing them (and an undo simply stops folding). Live.
 */
export function clientHistory$(db: ClaimdeskDatabase, clientId: string): Observable<ActivityDoc[]> {
  return client$(db, clientId).pipe(
    map((client) => [clientId, ...(client?.absorbed ?? []).map((a) => a.clientId)]),
    distinctUntilChanged((a, b) => a.join('\n') === b.join('\n')),
    switchMap((ids) => activitiesOfClients$(db, ids)),
    map((list) => [...list].sort((a, b) => b.at - a.at)),
  );
}
