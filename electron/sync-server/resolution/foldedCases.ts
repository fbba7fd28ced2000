// Every case with its state, folded from its stored steps by the shared workflow: what the
// reports read (the same fold the offices and the push gate run).
import type { CaseDoc } from '../../../shared/db/schemas/case';
import { caseEventsFromDocs, foldCaseEvents, type CaseState } from '../../../shared/workflow';
import type { SqlExecutor } from '../db/sqlStore';
import { storedCaseEvents, storedCases } from './caseData';

export interface FoldedCase {
  caseDoc: CaseDoc;
  state: CaseState;
}

export async function foldedCases(db: SqlExecutor): Promise<FoldedCase[]> {
  const [cases, events] = await Promise.all([storedCases(db), storedCaseEvents(db)]);
  return cases.map((caseDoc) => ({
    caseDoc,
    state: foldCaseEvents(caseDoc, caseEventsFromDocs(events.get(caseDoc.id) ?? [])),
  }));
}
