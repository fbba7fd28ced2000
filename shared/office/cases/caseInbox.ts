import { BehaviorSubject, combineLatest, map, type Observable } from 'rxjs';
import type { ClaimdeskDatabase } from '../../db';

const SEEN_DOC = 'seenCases';

export interface CaseInbox {
  readonly unseenCaseIds$: Observable<Set<string>>;
  readonly unseenCaseCount$: Observable<number>;
  markCaseSeen(caseId: string): Promise<void>;
}

/** Which open cases this workstation's user has not opened yet (the badge and the tray count). */
export async function openCaseInbox(db: ClaimdeskDatabase): Promise<CaseInbox> {
  const seen = new BehaviorSubject(
    new Set<string>((await db.getLocal<{ ids: string[] }>(SEEN_DOC))?.toJSON().data.ids ?? []),
  );
  const unseenCaseIds$ = combineLatest([db.cases.find({ selector: { status: 'open' } }).$, seen]).pipe(
    map(([cases, seenIds]) => new Set(cases.map((c) => c.id).filter((id) => !seenIds.has(id)))),
  );
  return {
    unseenCaseIds$,
    unseenCaseCount$: unseenCaseIds$.pipe(map((ids) => ids.size)),
    async markCaseSeen(caseId) {
      if (seen.value.has(caseId)) return;
      const next = new Set(seen.value).add(caseId);
      await db.upsertLocal(SEEN_DOC, { ids: [...next] });
      seen.next(next);
    },
  };
}
