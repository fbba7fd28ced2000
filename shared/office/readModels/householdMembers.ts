import { map, type Observable } from 'rxjs';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';

/**
 * Everyone in a household, the client asked about included, by name (index householdId + sortName);
 * a record merged into another is there through its survivor. Live.
 */
export function householdMembers$(db: ClaimdeskDatabase, householdId: string): Observable<ClientDoc[]> {
  return db.clients
    .find({ selector: { householdId }, sort: [{ sortName: 'asc' }] })
    .$.pipe(map((docs) => docs.map((d) => d.toJSON() as ClientDoc).filter((c) => !c.mergedInto)));
}
