// Resolving a case between two real office cores through the endpoint: steps written offline in
// both offices, synced later, folded the same everywhere; the agreement hands one record over
// (its claims are released at the endpoint and in its office) and splits the deal; a lead's late
// decision is refused.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, timeout } from 'rxjs';
import { caseIdFor } from '../../shared/cases/caseId';
import type { CaseEventDoc } from '../../shared/db';
import type { CaseView, DealView, OfficeCore } from '../../shared/office';
import { API_PATHS, SYNC_LIMITS } from '../../shared/sync';
import { termsToDoc, type Terms } from '../../shared/workflow';
import type { SyncServer } from '../../electron/sync-server/server';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { closeWorkstations, save, waitFor, workstation } from './officeWorkstation';
import { startServer } from './testServer';
import { databaseOf } from '../support/officeDatabase';

afterEach(closeWorkstations);

const ownerKeeps = (ownerPct: number, leads: number): Terms => ({
  keeper: 'owner',
  firstOrderSplit: { owner: ownerPct, newcomer: 100 - ownerPct },
  laterOrdersSplit: null,
  leadsCompensation: leads ? { from: 'owner', count: leads } : null,
  disputedDeals: [],
  note: '',
});

async function viewOf(core: OfficeCore, caseId: string, until: (v: CaseView) => boolean): Promise<CaseView> {
  return firstValueFrom(
    core.caseView$(caseId).pipe(
      filter((v): v is CaseView => v !== null && until(v)),
      timeout(15_000),
    ),
  );
}

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`resolving a case between two offices on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());
    let server: SyncServer;
    let admin: Api;

    it('starts the endpoint', async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
    });

    it('offline proposals from both sides sync into one history; the agreement hands the record over and splits the deal', async () => {
      const northTeam: OfficeTeam = await createTeam(admin, 'North');
      const southTeam: OfficeTeam = await createTeam(admin, 'South');
      const north = await workstation(server, northTeam);
      const south = await workstation(server, southTeam);

      const petr = await save(north.core, { fullName: 'Иванов Пётр', phones: ['+7 916 555 44 33'] });
      await north.sync.awaitInSync();
      const same = await save(south.core, { fullName: 'Пётр Иванов', phones: ['8 916 555-44-33'] });
      const caseId = caseIdFor(petr.id, same.id);
      for (const w of [north, south]) await viewOf(w.core, caseId, (v) => v.recommendation?.provisional === false);
      expect((await viewOf(north.core, caseId, () => true)).recommendation?.value?.outcome.type).toBe('negotiate');

      // Both managers propose while offline.
      north.net.setOnline(false);
      south.net.setOnline(false);
      const fromNorth = await north.core.propose(caseId, ownerKeeps(70, 0));
      await new Promise((r) => setTimeout(r, 5));
      const fromSouth = await south.core.propose(caseId, ownerKeeps(60, 3));
      if (!fromNorth.ok || !fromSouth.ok) throw new Error('a proposal was refused');
      expect(north.core.pendingChanges()).toBeGreaterThan(0);

      // Back online: both histories hold both proposals, and both offices agree which is on the table.
      north.net.setOnline(true);
      south.net.setOnline(true);
      const [n, s] = await Promise.all(
        [north, south].map((w) =>
          viewOf(
            w.core,
            caseId,
            (v) => v.state.history.filter((h) => h.type === 'propose').length === 2 && v.pendingEventIds.length === 0,
          ),
        ),
      );
      expect(n!.state.currentProposal?.id).toBe(fromSouth.value.id);
      expect(s!.state.currentProposal?.id).toBe(fromSouth.value.id);

      // Petya accepts Masha's terms: 60/40, he keeps the client, 3 leads to her.
      const accepted = await north.core.accept(caseId, fromSouth.value.id);
      expect(accepted.ok).toBe(true);
      for (const w of [north, south]) await viewOf(w.core, caseId, (v) => v.state.phase === 'agreed');

      // Masha's office hands its record over; the endpoint drops its claims, so North no longer holds them.
      await waitFor(
        async () =>
          (await databaseOf(south.core).clients.findOne(same.id).exec())?.handedOver?.toManagerId ===
          northTeam.managerUser.id,
      );
      await waitFor(
        async () =>
          (await databaseOf(north.core)
            .claims.count({ selector: { clientId: same.id } })
            .exec()) === 0,
      );
      expect(
        await databaseOf(north.core)
          .claims.count({ selector: { clientId: petr.id } })
          .exec(),
      ).toBeGreaterThan(0);

      // The first order after the agreement is split 60/40.
      const deal = await north.core.saveDeal({
        clientId: petr.id,
        title: 'Antalya',
        travelStart: '',
        travelEnd: '',
        currency: 'RUB',
        amount: '120 000',
        margin: '12 000',
        status: 'paid',
      });
      expect(deal.ok).toBe(true);
      const [view] = await firstValueFrom(
        north.core.deals$(petr.id).pipe(
          filter((d: DealView[]) => d.length === 1),
          timeout(5_000),
        ),
      );
      expect(view!.split?.shares.map((x) => x.pct)).toEqual([60, 40]);

      // A lead deciding after the agreement is refused and nothing is stored.
      const decide: CaseEventDoc = {
        id: 'late-decision',
        caseId,
        officeIds: [northTeam.office.id, southTeam.office.id].sort(),
        type: 'decide',
        at: Date.now(),
        by: {
          userId: southTeam.leadUser.id,
          role: 'lead',
          officeId: southTeam.office.id,
          name: southTeam.leadUser.name,
        },
        terms: termsToDoc({ ...ownerKeeps(0, 0), keeper: 'newcomer' }),
      };
      const refused = await southTeam.lead.request<{ error: { message: string } }>(
        'POST',
        API_PATHS.push('caseevents'),
        [{ assumedMasterState: null, newDocumentState: { ...decide, _deleted: false } }],
      );
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/agreed|closed/i);
      const pulled = await southTeam.lead.request<{ documents: CaseEventDoc[] }>(
        'GET',
        API_PATHS.pull('caseevents', null, SYNC_LIMITS.maxPullLimit),
      );
      expect(
        pulled.body.documents
          .filter((d) => d.caseId === caseId)
          .map((d) => d.type)
          .sort(),
      ).toEqual(['accept', 'propose', 'propose']);
    });

    it('stops the endpoint', async () => {
      await server.close();
    });
  });
}
