import { combineLatest, map, type Observable } from 'rxjs';
import type { CaseDoc, CaseEventDoc, ClaimdeskDatabase } from '../../db';
import { groupBy } from '../../payouts/groupBy';
import { siblingGroups } from '../cases/caseSiblings';

/** An open case with its steps, so a list can say where it stands. */
export interface OpenCase {
  caseDoc: CaseDoc;
  events: CaseEventDoc[];
  /** Other open cases about the same client (cases/caseSiblings.ts), listed together; empty when none. */
  siblingIds: string[];
}

/** Every open case this office holds, newest first (index detectedAt), each with its steps and siblings. Live. */
export function openCases$(db: ClaimdeskDatabase): Observable<OpenCase[]> {
  return combineLatest([
    db.cases.find({ selector: { status: 'open' }, sort: [{ detectedAt: 'desc' }] }).$,
    db.caseevents.find().$,
  ]).pipe(
    map(([cases, events]) => {
      const byCase = groupBy(
        events.map((e) => e.toJSON() as CaseEventDoc),
        (e) => e.caseId,
      );
      const docs = cases.map((d) => d.toJSON() as CaseDoc);
      const siblings = siblingGroups(docs);
      return docs.map((caseDoc) => ({
        caseDoc,
        events: byCase.get(caseDoc.id) ?? [],
        siblingIds: siblings.get(caseDoc.id) ?? [],
      }));
    }),
  );
}
