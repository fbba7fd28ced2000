// "Changes waiting to be sent" on two workstations of one office: the count is exactly what the
// endpoint has not acknowledged, however a write got there — pushed here, pushed first by the
// colleague's workstation and pulled, resolved from a conflict, or refused for good.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, timeout } from 'rxjs';
import type { CaseView, OfficeCore } from '../../shared/office';
import type { SyncServer } from '../../electron/sync-server/server';
import { createTeam, type Api } from './api';
import { pgliteOnly } from './backends';
import { closeWorkstations, waitFor, workstation } from './officeWorkstation';
import { openCase, propose, pushSteps } from './resolutionFixtures';
import { startServer } from './testServer';

afterEach(closeWorkstations);

async function viewOf(core: OfficeCore, caseId: string, until: (v: CaseView) => boolean): Promise<CaseView> {
  return firstValueFrom(
    core.caseView$(caseId).pipe(
      filter((v): v is CaseView => v !== null && until(v)),
      timeout(15_000),
    ),
  );
}

const backend = pgliteOnly();

describe.runIf(backend.runnable)('changes waiting on two workstations of one office', () => {
  afterAll(() => backend.cleanup());
  let server: SyncServer;
  let admin: Api;

  it('starts the endpoint', async () => {
    ({ server, admin } = await startServer(await backend.freshStore()));
  });

  it('clears once the endpoint holds every change, including a step refused because the colleague settled the case first', async () => {
    const petyasOffice = await createTeam(admin, 'Office 1');
    const mashasOffice = await createTeam(admin, 'Office 2');
    const { caseDoc, newcomerClient } = await openCase(admin, mashasOffice, petyasOffice, Date.now());
    // Petya at his desk (A) and on the laptop (B), one account, one office.
    const a = await workstation(server, petyasOffice);
    const b = await workstation(server, petyasOffice);
    const offer = propose(mashasOffice.managerUser, caseDoc, Date.now());
    expect((await pushSteps(mashasOffice.manager, [offer])).status).toBe(200);
    for (const w of [a, b]) await viewOf(w.core, caseDoc.id, (v) => v.state.history.some((h) => h.id === offer.id));

    // Both go offline; the laptop counters first, the desk accepts a moment later.
    a.net.setOnline(false);
    b.net.setOnline(false);
    const counter = await b.core.counter(caseDoc.id, {
      keeper: 'newcomer',
      firstOrderSplit: { owner: 50, newcomer: 50 },
      laterOrdersSplit: null,
      leadsCompensation: null,
      disputedDeals: [],
      note: '',
    });
    await new Promise((r) => setTimeout(r, 5));
    const accepted = await a.core.accept(caseDoc.id, offer.id);
    if (!counter.ok || !accepted.ok) throw new Error('a step was refused offline');

    // The desk's acceptance reaches the endpoint first; the laptop's earlier counter can no longer be recorded.
    a.net.setOnline(true);
    await a.sync.awaitInSync();
    b.net.setOnline(true);
    await b.sync.awaitInSync();

    // Both workstations hand Petya's client over (the agreement says Masha keeps it) and the
    // endpoint holds it; nothing stays waiting on either.
    await waitFor(async () => {
      for (const w of [a, b]) await w.sync.awaitInSync();
      return a.core.pendingChanges() === 0 && b.core.pendingChanges() === 0;
    });
    for (const w of [a, b]) {
      const view = await viewOf(w.core, caseDoc.id, (v) => v.state.phase === 'agreed');
      expect(view.state.history.map((h) => h.id)).not.toContain(counter.value.id);
      expect(view.pendingEventIds).toEqual([]);
    }
    const held = (await admin.pullAll('clients')).documents.find((c) => c.id === newcomerClient.id);
    expect(held?.handedOver?.caseId).toBe(caseDoc.id);

    // And it stays at zero: nothing is pushed again and again.
    await new Promise((r) => setTimeout(r, 300));
    expect([a.core.pendingChanges(), b.core.pendingChanges()]).toEqual([0, 0]);
  });
});
