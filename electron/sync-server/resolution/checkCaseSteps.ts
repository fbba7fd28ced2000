// The endpoint's gate for case steps (collection 'caseevents'): runs inside the push transaction,
// under the caseevents commit-order lock, so two pushes to one case are checked one after the other.
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { SessionUser, SyncDocument } from '../../../shared/sync';
import { caseEventsFromDocs, type CaseEvent } from '../../../shared/workflow';
import type { SqlExecutor } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { storedCaseEvents, storedCases } from './caseData';
import { checkDisputedDeals } from './disputedDealsCheck';
import { checkStepDocument } from './stepAuthorship';
import { refuseCaseSteps } from './stepRefusal';

const refused = 'The push was refused and nothing was written:';

function sameOffices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((o) => b.includes(o)) && b.every((o) => a.includes(o));
}

/** Throws the ApiFailure of the first step that may not be stored; returns when all of them may. */
export async function checkCaseSteps(
  tx: SqlExecutor,
  user: SessionUser,
  docs: readonly SyncDocument<'caseevents'>[],
  now: number,
): Promise<void> {
  const added = new Map<string, { doc: SyncDocument<'caseevents'>; event: CaseEvent }[]>();
  for (const doc of docs) {
    const event = checkStepDocument(user, doc, now);
    const list = added.get(doc.caseId) ?? [];
    list.push({ doc, event });
    added.set(doc.caseId, list);
  }
  const caseIds = [...added.keys()];
  const cases = new Map((await storedCases(tx, caseIds)).map((c): [string, CaseDoc] => [c.id, c]));
  const stored = await storedCaseEvents(tx, caseIds);
  for (const [caseId, steps] of added) {
    const caseDoc = cases.get(caseId);
    if (!caseDoc) {
      throw new ApiFailure(
        409,
        'case_not_known',
        `${refused} case "${caseId}" is not known to the endpoint yet (the clients that opened it have not reached it); the step will go through once they have.`,
      );
    }
    for (const { doc } of steps) {
      if (!sameOffices(doc.officeIds, caseDoc.officeIds)) {
        throw new ApiFailure(
          400,
          'validation_failed',
          `${refused} step "${doc.id}" must name the case's offices (${caseDoc.officeIds.join(', ')}) in officeIds.`,
          [{ field: 'officeIds', message: `must be the case's offices: ${caseDoc.officeIds.join(', ')}` }],
        );
      }
    }
    const refusal = refuseCaseSteps(
      caseDoc,
      caseEventsFromDocs(stored.get(caseId) ?? []),
      steps.map((s) => s.event),
    );
    if (refusal) {
      const status = refusal.status;
      throw new ApiFailure(
        status,
        status === 403 ? 'forbidden' : 'conflict',
        `${refused} step "${refusal.eventId}" was refused: ${refusal.reason}`,
      );
    }
    // After the workflow's own check: someone with no standing in the case learns nothing of its deals.
    await checkDisputedDeals(
      tx,
      caseDoc,
      steps.map((s) => s.doc),
    );
  }
}
