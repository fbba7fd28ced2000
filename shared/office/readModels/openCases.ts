import { combineLatest, map, type Observable } from 'rxjs';
import type { CaseDoc, CaseEventDoc, ClaimdeskDatabase } from '../../db';
import { groupBy } from '../../payouts/groupBy';

/** An open case with its steps, so a list can say where it stands. */
export interface OpenCase {
  caseDoc: CaseDoc;
  events: CaseEventDoc[];
}

/** Every open case this office holds, newest first (index detectedAt), each with its steps. Live. */
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
      return cases.map((d) => ({ caseDoc: d.toJSON() as CaseDoc, events: byCase.get(d.id) ?? [] }));
    }),
  );
}
