// What a workstation shows, reduced to what must agree across workstations at the end of a soak.
import type { OfficeCore } from '../../../shared/office';
import { foldCase } from '../../../shared/office/resolution/caseData';
import type { CaseDoc, CaseEventDoc, ClientDoc } from '../../../shared/db';
import { databaseOf } from '../../support/officeDatabase';

export interface WorkstationState {
  pending: number;
  /** case id → phase and the ids of its applied steps, in order. */
  cases: Record<
    string,
    {
      officeIds: string[];
      phase: string;
      steps: string[];
      managers: string[];
      proposal: { id: string; by: string } | null;
    }
  >;
  /** client id → its replicated state (updatedAt, handover, deletion). */
  clients: Record<string, { officeId: string; updatedAt: number; handedOver: string | null }>;
  /** How many times each notification id was shown. */
  shownTimes: Record<string, number>;
}

export async function stateOf(core: OfficeCore, shown: readonly { id: string }[]): Promise<WorkstationState> {
  const db = databaseOf(core);
  const caseDocs = (await db.cases.find().exec()).map((d) => d.toJSON() as CaseDoc);
  const events = (await db.caseevents.find().exec()).map((d) => d.toJSON() as CaseEventDoc);
  const clients = (await db.clients.find().exec()).map((d) => d.toJSON() as ClientDoc);
  const cases: WorkstationState['cases'] = {};
  for (const c of caseDocs) {
    const state = foldCase(
      c,
      events.filter((e) => e.caseId === c.id),
    );
    const proposal = state.currentProposal;
    cases[c.id] = {
      officeIds: [...c.officeIds].sort(),
      phase: state.phase,
      steps: state.history.map((h) => h.id),
      managers: [c.owner.managerId, c.newcomer.managerId],
      proposal: proposal ? { id: proposal.id, by: proposal.by.userId } : null,
    };
  }
  const shownTimes: Record<string, number> = {};
  for (const n of shown) shownTimes[n.id] = (shownTimes[n.id] ?? 0) + 1;
  return {
    pending: core.pendingChanges(),
    cases,
    clients: Object.fromEntries(
      clients.map((c) => [
        c.id,
        { officeId: c.officeId, updatedAt: c.updatedAt, handedOver: c.handedOver?.caseId ?? null },
      ]),
    ),
    shownTimes,
  };
}
