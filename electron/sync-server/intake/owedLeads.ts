// Leads a manager still owes under a case's final terms, and paying one with a routed request.
// The balance lives where the case's other steps live: paying writes a leadHandover step by the
// debtor, so every office folds the same balance and the case screen shows it.
import { randomUUID } from 'node:crypto';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { CaseEventDoc } from '../../../shared/db/schemas/caseEvent';
import type { DeskPerson, OwedLeads } from '../../../shared/routing';
import { caseEventsFromDocs, foldCaseEvents } from '../../../shared/workflow';
import type { SqlExecutor } from '../db/sqlStore';
import { scopeOf } from '../documents/documentScope';
import { lockCommitOrder, writeDocuments } from '../documents/documentStore';
import { storedCaseEvents } from '../resolution/caseData';

async function casesOf(tx: SqlExecutor, managerId: string): Promise<CaseDoc[]> {
  const rows = await tx.query<{ data: CaseDoc }>(
    `select data from documents where collection = 'cases' and not deleted
       and ((data->'owner'->>'managerId') = $1 or (data->'newcomer'->>'managerId') = $1)`,
    [managerId],
  );
  return rows.map((r) => r.data);
}

/**
 * What `debtorId` still owes, oldest agreement first. When anything might be owed, the case steps'
 * commit-order lock is taken first, so a handover pushed by an office at the same moment is folded
 * before (or after) this one, never beside it: no lead is paid twice.
 */
export async function owedLeadsOf(tx: SqlExecutor, debtorId: string): Promise<OwedLeads[]> {
  const cases = await casesOf(tx, debtorId);
  if (!cases.length) return [];
  const mayOwe = await tx.query<{ case_id: string }>(
    `select distinct data->>'caseId' as case_id from documents where collection = 'caseevents' and not deleted
       and (data->>'caseId') = any(array(select jsonb_array_elements_text($1::jsonb)))
       and (data->'terms'->'leadsCompensation') is not null`,
    [JSON.stringify(cases.map((c) => c.id))],
  );
  if (!mayOwe.length) return [];
  await lockCommitOrder(tx, 'caseevents');
  const candidates = cases.filter((c) => mayOwe.some((m) => m.case_id === c.id));
  const events = await storedCaseEvents(
    tx,
    candidates.map((c) => c.id),
  );
  const owed: (OwedLeads & { agreedAt: number })[] = [];
  for (const caseDoc of candidates) {
    const state = foldCaseEvents(caseDoc, caseEventsFromDocs(events.get(caseDoc.id) ?? []));
    const final = state.decided ?? state.agreed;
    const compensation = final?.terms.leadsCompensation;
    if (!final || !compensation) continue;
    const debtor = caseDoc[compensation.from];
    const creditor = caseDoc[compensation.from === 'owner' ? 'newcomer' : 'owner'];
    const remaining = compensation.count - state.leadsHandedOver;
    if (debtor.managerId !== debtorId || remaining <= 0) continue;
    owed.push({
      caseId: caseDoc.id,
      caseLabel: caseDoc.owner.clientLabel,
      debtorId,
      creditorId: creditor.managerId,
      remaining,
      agreedAt: final.at,
    });
  }
  return owed
    .sort((a, b) => a.agreedAt - b.agreedAt || (a.caseId < b.caseId ? -1 : 1))
    .map(({ agreedAt: _agreedAt, ...rest }) => rest);
}

/** Records one owed lead as handed over by the debtor; the caller holds the caseevents lock (owedLeadsOf took it). */
export async function payOwedLead(
  tx: SqlExecutor,
  caseId: string,
  debtor: DeskPerson,
  note: string,
  now: number,
): Promise<void> {
  const rows = await tx.query<{ data: CaseDoc }>(
    `select data from documents where collection = 'cases' and not deleted and id = $1`,
    [caseId],
  );
  const caseDoc = rows[0]?.data;
  if (!caseDoc) throw new Error(`Case ${caseId} vanished while a lead was being paid`);
  const step: CaseEventDoc = {
    id: randomUUID(),
    caseId,
    officeIds: caseDoc.officeIds,
    type: 'leadHandover',
    at: now,
    by: { userId: debtor.userId, role: debtor.role, officeId: debtor.officeId, name: debtor.name },
    reason: note,
  };
  await writeDocuments(
    tx,
    'caseevents',
    [{ id: step.id, ...scopeOf('caseevents', { ...step, _deleted: false }), data: step, deleted: false }],
    now,
  );
}
