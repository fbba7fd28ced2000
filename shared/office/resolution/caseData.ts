import type { CaseDoc, CaseEventDoc, ClaimdeskDatabase } from '../../db';
import { caseEventsFromDocs } from '../../workflow/caseEventDoc';
import { foldCaseEvents } from '../../workflow/foldCaseEvents';
import type { CaseState } from '../../workflow/state';

/** A case with its stored steps and their fold, as of the last write this office has seen. */
export interface LoadedCase {
  caseDoc: CaseDoc;
  docs: CaseEventDoc[];
  state: CaseState;
}

/** The one fold of stored steps: the endpoint's reads the same documents through the same mapping. */
export function foldCase(caseDoc: CaseDoc, docs: readonly CaseEventDoc[]): CaseState {
  return foldCaseEvents(caseDoc, caseEventsFromDocs([...docs]));
}

/** A case's steps, through the (caseId, at) index. */
export function caseEventsOf(caseId: string): {
  selector: { caseId: string };
  sort: [{ caseId: 'asc' }, { at: 'asc' }];
} {
  return { selector: { caseId }, sort: [{ caseId: 'asc' }, { at: 'asc' }] };
}

export async function loadCase(db: ClaimdeskDatabase, caseId: string): Promise<LoadedCase | null> {
  const found = await db.cases.findOne(caseId).exec();
  if (!found) return null;
  const caseDoc = found.toJSON() as CaseDoc;
  const docs = (await db.caseevents.find(caseEventsOf(caseId)).exec()).map((d) => d.toJSON() as CaseEventDoc);
  return { caseDoc, docs, state: foldCase(caseDoc, docs) };
}
