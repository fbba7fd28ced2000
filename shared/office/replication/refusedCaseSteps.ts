import { timer } from 'rxjs';
import type { PushResponse, PushRow, SyncDocument } from '../../sync';
import { SyncError } from '../../sync/transport';
import type { OfficeContext } from '../context';
import type { Outbox } from './outbox';

type StepRow = PushRow<'caseevents'>;

/**
 * The endpoint refused a case step for good: it may never be stored (403), or the case moved on
 * before it arrived (409 — a colleague's step got there first). It is answered, not waiting: it
 * must neither stay counted nor block the steps pushed with it. A case the endpoint does not know
 * yet is different: the step goes through once the case's clients have arrived.
 */
export function refusedForGood(error: unknown): boolean {
  return (
    error instanceof SyncError &&
    (error.status === 400 || error.status === 403 || error.status === 409) &&
    error.code !== 'case_not_known'
  );
}

/**
 * Pushes case steps; when the endpoint refuses the batch, pushes them one by one (in the order
 * every fold uses) so one refused step never holds back the others, and reports each refused one.
 */
export async function pushCaseSteps(
  push: (rows: StepRow[]) => Promise<PushResponse<'caseevents'>>,
  rows: StepRow[],
  refused: (row: StepRow) => Promise<void>,
): Promise<PushResponse<'caseevents'>> {
  try {
    return await push(rows);
  } catch (error) {
    if (!refusedForGood(error)) throw error;
    if (rows.length === 1) {
      await refused(rows[0]!);
      return [];
    }
  }
  const ordered = [...rows].sort(
    (a, b) =>
      a.newDocumentState.at - b.newDocumentState.at || a.newDocumentState.id.localeCompare(b.newDocumentState.id),
  );
  const conflicts: PushResponse<'caseevents'> = [];
  for (const row of ordered) conflicts.push(...(await pushCaseSteps(push, [row], refused)));
  return conflicts;
}

/**
 * A step the endpoint refused is not part of the case anywhere else, so it leaves this
 * workstation's history too (every fold here then agrees with the endpoint's), and stops waiting.
 * The removal itself is never pushed (see caseStepPushGuard).
 */
export async function forgetRefusedStep(
  ctx: OfficeContext,
  outbox: Outbox,
  step: SyncDocument<'caseevents'>,
): Promise<void> {
  await outbox.settle('caseevents', [step.id], step.at);
  // After the push has returned: RxDB records the step as sent first, then sees it removed.
  timer(0).subscribe(() => {
    void ctx.db.caseevents
      .findOne(step.id)
      .exec()
      .then((doc) => doc?.remove())
      .catch((error: unknown) => ctx.reportBackgroundFailure(`forgetting refused case step ${step.id}`, error));
  });
}
