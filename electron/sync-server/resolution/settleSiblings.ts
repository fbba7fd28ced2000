// When pushed steps make a case final (an accept or a decision), its siblings — the cases that share
// a client with it — are settled or informed in the same transaction (the rules are in
// shared/workflow/siblingSettlement.ts). The endpoint finds the siblings among the cases it holds;
// nothing a push says picks them. Runs under the caseevents commit-order lock the push holds.
import { randomUUID } from 'node:crypto';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { CaseEventDoc } from '../../../shared/db/schemas/caseEvent';
import type { SyncDocument } from '../../../shared/sync';
import {
  applyCaseEvent,
  caseEventsFromDocs,
  foldCaseEvents,
  ownFinalResolution,
  siblingSettledStep,
  siblingStepToDoc,
  type CaseState,
} from '../../../shared/workflow';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor } from '../db/sqlStore';
import { scopeOf } from '../documents/documentScope';
import { writeDocuments } from '../documents/documentStore';
import { storedCaseEvents, storedCases } from './caseData';

/** Open person cases other than `exceptIds` that are about any of `clientIds`. */
async function casesAboutClients(
  tx: SqlExecutor,
  clientIds: readonly string[],
  exceptIds: readonly string[],
): Promise<CaseDoc[]> {
  const rows = await tx.query<{ data: CaseDoc }>(
    `select data from documents where collection = 'cases' and not deleted
       and coalesce(data->>'status', 'open') = 'open' and coalesce(data->>'kind', '') <> 'company'
       and ((data->'owner'->>'clientId') = any(${textArray('$1')}) or (data->'newcomer'->>'clientId') = any(${textArray('$1')}))
       and not (id = any(${textArray('$2')}))
     order by id`,
    [JSON.stringify([...new Set(clientIds)]), JSON.stringify(exceptIds)],
  );
  return rows.map((r) => r.data);
}

function foldStored(caseDoc: CaseDoc, events: Map<string, CaseEventDoc[]>): CaseState {
  return foldCaseEvents(caseDoc, caseEventsFromDocs(events.get(caseDoc.id) ?? []));
}

/** Writes the sibling steps that `written` (steps just stored by a push) call for. */
export async function settleSiblings(
  tx: SqlExecutor,
  written: readonly SyncDocument<'caseevents'>[],
  now: number,
): Promise<void> {
  const finalIds = new Set(written.filter((d) => d.type === 'accept' || d.type === 'decide').map((d) => d.id));
  if (!finalIds.size) return;
  const caseIds = [...new Set(written.filter((d) => finalIds.has(d.id)).map((d) => d.caseId))];
  const cases = await storedCases(tx, caseIds);
  const events = await storedCaseEvents(tx, caseIds);
  const names = new Map(written.map((d) => [d.id, d.by.name]));
  const settled = cases
    .map((caseDoc) => ({ caseDoc, state: foldStored(caseDoc, events) }))
    .filter(({ state }) => {
      const final = ownFinalResolution(state);
      return final !== null && finalIds.has(final.eventId);
    });
  if (!settled.length) return;

  const siblings = await casesAboutClients(
    tx,
    settled.flatMap(({ caseDoc }) => [caseDoc.owner.clientId, caseDoc.newcomer.clientId]),
    caseIds,
  );
  const siblingEvents = await storedCaseEvents(
    tx,
    siblings.map((c) => c.id),
  );
  const steps: CaseEventDoc[] = [];
  for (const sibling of siblings) {
    let state = foldStored(sibling, siblingEvents);
    // Dated after every recorded step of the sibling, so it never reorders what is already there.
    const latest = Math.max(now, ...state.history.map((h) => h.at + 1), ...state.rejected.map((r) => r.event.at + 1));
    for (const { caseDoc, state: settledState } of settled) {
      const event = siblingSettledStep(caseDoc, settledState, sibling, state, { id: randomUUID(), at: latest });
      if (!event) continue;
      const applied = applyCaseEvent(state, sibling, event);
      if (!applied.ok) continue;
      state = applied.state;
      const final = ownFinalResolution(settledState);
      steps.push(siblingStepToDoc(event, sibling.officeIds, names.get(final?.eventId ?? '') ?? ''));
    }
  }
  if (!steps.length) return;
  await writeDocuments(
    tx,
    'caseevents',
    steps.map((step) => ({
      id: step.id,
      ...scopeOf('caseevents', { ...step, _deleted: false }),
      data: step,
      deleted: false,
    })),
    now,
  );
}
