// Cases about the same client, between two real office cores through the endpoint, on both stores:
// one newcomer matching two of the owner's records opens two cases; agreeing in one settles its
// twin at the endpoint and in both offices (no clock left running), and only informs the cases a
// third manager has about the same client. Only the endpoint can settle a
// case by its sibling: a step pointing at a "sibling" is refused whoever pushes it, and nothing is stored.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { caseIdFor } from '../../shared/cases/caseId';
import type { CaseEventDoc } from '../../shared/db';
import type { CaseView, OfficeCore } from '../../shared/office';
import { API_PATHS, type ApiError } from '../../shared/sync';
import { caseEventsFromDocs, foldCaseEvents, termsToDoc, withDeadline, type Terms } from '../../shared/workflow';
import type { SyncServer } from '../../electron/sync-server/server';
import { createTeam, type Api, type OfficeTeam } from './api';
import { inserts, ownedClient, phone } from './fixtures';
import { backends } from './backends';
import { closeWorkstations, save, workstation } from './officeWorkstation';
import { startServer } from './testServer';

afterEach(closeWorkstations);

const HOUR = 3_600_000;
const petyaKeeps: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 70, newcomer: 30 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 2 },
  disputedDeals: [],
  note: '',
};

async function viewOf(core: OfficeCore, caseId: string, until: (v: CaseView) => boolean): Promise<CaseView> {
  return firstValueFrom(
    core.caseView$(caseId).pipe(
      filter((v): v is CaseView => v !== null && until(v)),
      timeout(15_000),
    ),
  );
}

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`cases about the same client on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());
    let server: SyncServer;
    let admin: Api;

    it('starts the endpoint', async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
    });

    it('agreeing on one twin settles the other at the endpoint and in both offices, informs a third manager’s cases; a fake sibling step is refused', async () => {
      const northTeam: OfficeTeam = await createTeam(admin, 'North');
      const southTeam: OfficeTeam = await createTeam(admin, 'South');
      const north = await workstation(server, northTeam);
      const south = await workstation(server, southTeam);

      // Petya (North) holds Sergey twice; Vasya (South) enters him once more.
      const first = await save(north.core, { fullName: 'Иванов Сергей', phones: ['+7 916 555 77 11'] });
      const second = await save(north.core, {
        fullName: 'Иванов Сергей Петрович',
        phones: ['+7 916 555 77 11'],
        emails: ['sergey.ivanov@example.ru'],
      });
      await north.sync.awaitInSync();
      const other = await save(north.core, { fullName: 'Козлова Ольга', phones: ['+7 916 555 77 22'] });
      await north.sync.awaitInSync();
      const sergey = await save(south.core, { fullName: 'Сергей Иванов', phones: ['8 916 555-77-11'] });
      const olga = await save(south.core, { fullName: 'Ольга Козлова', phones: ['8 916 555-77-22'] });
      const twinA = caseIdFor(first.id, sergey.id);
      const twinB = caseIdFor(second.id, sergey.id);
      const unrelated = caseIdFor(other.id, olga.id);
      for (const w of [north, south])
        for (const id of [twinA, twinB, unrelated])
          await viewOf(w.core, id, (v) => v.recommendation?.provisional === false);
      const openB = await viewOf(north.core, twinB, () => true);
      expect(openB.state.deadline).not.toBeNull();

      // Masha (East) holds Sergey too: her cases with Petya's first record and with Vasya's share a
      // client with the case about to be agreed, but with another manager.
      const eastTeam = await createTeam(admin, 'East');
      const mashas = ownedClient(eastTeam, {
        fullName: 'Sergey Ivanov',
        phones: [phone('+79165557711')],
        createdAt: Date.now(),
        updatedAt: Date.now(),
      });
      expect((await eastTeam.manager.push('clients', inserts([mashas]))).status).toBe(200);
      const withMasha = [first.id, sergey.id].map((id) => caseIdFor(id, mashas.id));
      const untouched = caseIdFor(second.id, mashas.id);
      const eastCases = (await admin.pullAll('cases')).documents.map((c) => c.id);
      expect(eastCases).toEqual(expect.arrayContaining([...withMasha, untouched]));

      // Vasya proposes in one case, Petya accepts.
      const proposal = await south.core.propose(twinA, petyaKeeps);
      if (!proposal.ok) throw new Error('the proposal was refused');
      await viewOf(north.core, twinA, (v) => v.state.currentProposal?.id === proposal.value.id);
      expect((await north.core.accept(twinA, proposal.value.id)).ok).toBe(true);

      // The twin is settled with it in both offices: same outcome, leads owed only once, no clock.
      const [n, s] = await Promise.all(
        [north, south].map((w) => viewOf(w.core, twinB, (v) => v.state.phase === 'agreed')),
      );
      for (const view of [n!, s!]) {
        expect(view.state.settledWith).toEqual({ caseId: twinA, eventId: expect.any(String) });
        expect(view.state.agreed?.terms).toEqual({ ...petyaKeeps, leadsCompensation: null });
        expect(withDeadline(view.state, Date.now() + 72 * HOUR).state.phase).toBe('agreed');
      }

      // At the endpoint too: the stored steps fold the same.
      const cases = (await admin.pullAll('cases')).documents;
      const steps = (await admin.pullAll('caseevents')).documents;
      const caseB = cases.find((c) => c.id === twinB)!;
      const atEndpoint = foldCaseEvents(caseB, caseEventsFromDocs(steps.filter((e) => e.caseId === twinB)));
      expect(atEndpoint.phase).toBe('agreed');
      expect(atEndpoint.settledWith?.caseId).toBe(twinA);
      expect(atEndpoint.agreed).toEqual(n!.state.agreed);

      // Masha's cases about Sergey are told who keeps him now, and stay open for her to settle;
      // her case with Petya's other record shares no client with the agreed case and hears nothing.
      for (const id of withMasha) {
        const own = steps.filter((e) => e.caseId === id);
        expect(own.map((e) => [e.type, e.sibling?.effect, e.sibling?.keeperId])).toEqual([
          ['siblingSettled', 'informs', northTeam.managerUser.id],
        ]);
        const state = foldCaseEvents(
          cases.find((c) => c.id === id)!,
          caseEventsFromDocs(own),
        );
        expect(state.phase).toBe('open');
      }
      expect(steps.filter((e) => e.caseId === untouched)).toEqual([]);

      // Vasya tries to settle the unrelated Olga case by naming Sergey's case as its sibling.
      const caseU = cases.find((c) => c.id === unrelated)!;
      const settledStep = steps.find((e) => e.caseId === twinB && e.type === 'siblingSettled')!;
      const fake: CaseEventDoc = {
        ...settledStep,
        id: 'fake-sibling-settlement',
        caseId: unrelated,
        officeIds: caseU.officeIds,
        at: Date.now(),
        by: { userId: southTeam.managerUser.id, role: 'manager', officeId: southTeam.office.id, name: 'Vasya' },
        terms: termsToDoc({ ...petyaKeeps, keeper: 'newcomer', leadsCompensation: null }),
      };
      const before = (await admin.pullAll('caseevents')).checkpoint;
      const push = (doc: Omit<CaseEventDoc, 'sibling'> & { sibling?: unknown }) =>
        southTeam.manager.request<ApiError>('POST', API_PATHS.push('caseevents'), [
          { assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } },
        ]);
      const hostile = await push(fake);
      expect(hostile.status).toBe(403);
      expect(hostile.body.error.message).toMatch(/only the agency server/);
      // A malformed one is bad input: a clear 400, never a 500.
      const malformed = await push({ ...fake, id: 'malformed-sibling', sibling: { caseId: 7 } });
      expect(malformed.status).toBe(400);
      expect((await admin.pullAll('caseevents', before)).documents).toEqual([]);
      const stillOpen = await viewOf(south.core, unrelated, () => true);
      expect(stillOpen.state.phase).toBe('open');
    });

    it('stops the endpoint', async () => {
      await server.close();
    });
  });
}
