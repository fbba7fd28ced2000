import { map, type Observable } from 'rxjs';
import type { CaseDoc, ClaimdeskDatabase } from '../../db';

/** One case as stored now, or null while this office does not have it. Live. */
export function case$(db: ClaimdeskDatabase, caseId: string): Observable<CaseDoc | null> {
  return db.cases.findOne(caseId).$.pipe(map((doc) => (doc ? (doc.toJSON() as CaseDoc) : null)));
}
