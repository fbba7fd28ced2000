import { map, type Observable } from 'rxjs';
import type { ClaimdeskDatabase, ClientDoc } from '../../db';

/** One client as stored now, or null once it is deleted (or never existed here). Live. */
export function client$(db: ClaimdeskDatabase, clientId: string): Observable<ClientDoc | null> {
  return db.clients.findOne(clientId).$.pipe(map((doc) => (doc ? (doc.toJSON() as ClientDoc) : null)));
}
