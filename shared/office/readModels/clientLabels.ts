import { combineLatest, map, of, type Observable } from 'rxjs';
import type { ClaimdeskDatabase } from '../../db';

/**
 * Names for client ids that may belong to any office: this office knows its own clients by name
 * and every other office's by the claims index label ("Ivanov P."), which is all another office
 * is meant to see. Ids known by neither are left out. One equality query per id (index clientId),
 * never `$in`, which RxDB answers by scanning. Live.
 */
export function clientLabels$(
  db: ClaimdeskDatabase,
  clientIds: readonly string[],
): Observable<ReadonlyMap<string, string>> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return of(new Map<string, string>());
  return combineLatest(ids.map((id) => labelOf$(db, id))).pipe(
    map((labels) => {
      const result = new Map<string, string>();
      labels.forEach((label, i) => {
        if (label !== null) result.set(ids[i]!, label);
      });
      return result;
    }),
  );
}

function labelOf$(db: ClaimdeskDatabase, clientId: string): Observable<string | null> {
  return combineLatest([db.clients.findOne(clientId).$, db.claims.find({ selector: { clientId } }).$]).pipe(
    map(([client, claims]) => client?.fullName ?? claims.at(-1)?.clientLabel ?? null),
  );
}
