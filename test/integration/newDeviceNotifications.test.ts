// A manager signs in on a second device after cases were settled: the new device replays none of
// the past, sums up once what still waits for them, and then tells each new step once — as the
// first device does.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { OfficeCore } from '../../shared/office';
import { databaseOf } from '../support/officeDatabase';
import { createTeam, type Api } from './api';
import { backends } from './backends';
import { closeWorkstations, waitFor, workstation, type Workstation } from './officeWorkstation';
import { accept, decide, escalate, openCase, propose, pushSteps } from './resolutionFixtures';
import { startServer } from './testServer';

afterEach(closeWorkstations);

const hasStep = async (core: OfficeCore, id: string) => (await databaseOf(core).caseevents.findOne(id).exec()) !== null;

const idsShown = (w: Workstation) => w.shown.map((n) => n.id);

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`a manager's second device on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());
    let server: SyncServer;
    let admin: Api;

    it('starts the endpoint', async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
    });

    it('announces nothing of cases settled before it signed in, one digest of what waits, then each new step once', async () => {
      // One after another: the endpoint dates a manager's push no earlier than the account.
      const petyasOffice = await createTeam(admin, 'Office 1');
      const mashasOffice = await createTeam(admin, 'Office 2');
      const petya = petyasOffice.managerUser;
      const masha = mashasOffice.managerUser;
      const desk = await workstation(server, petyasOffice);

      // The past: an agreement, a lead's decision, a proposal Petya has not answered, a quiet case.
      const now = Date.now();
      const agreed = (await openCase(admin, petyasOffice, mashasOffice, now)).caseDoc;
      const decided = (await openCase(admin, petyasOffice, mashasOffice, now)).caseDoc;
      const waiting = (await openCase(admin, petyasOffice, mashasOffice, now)).caseDoc;
      const quiet = (await openCase(admin, petyasOffice, mashasOffice, now)).caseDoc;
      const offer = propose(masha, agreed, now);
      const unanswered = propose(masha, waiting, now);
      const escalation = escalate(masha, decided, now);
      expect((await pushSteps(mashasOffice.manager, [offer, unanswered, escalation])).status).toBe(200);
      const acceptance = accept(petya, agreed, now + 1, offer.id);
      expect((await pushSteps(petyasOffice.manager, [acceptance])).status).toBe(200);
      const decision = decide(mashasOffice.leadUser, decided, now + 1);
      expect((await pushSteps(mashasOffice.lead, [decision])).status).toBe(200);
      await waitFor(() => hasStep(desk.core, decision.id));
      await desk.sync.awaitInSync();

      // Petya signs in on his laptop: a fresh database.
      const laptop = await workstation(server, petyasOffice);
      await waitFor(() => laptop.shown.length > 0);
      expect(laptop.shown).toMatchObject([
        { kind: 'caseWaiting', caseIds: [waiting.id], params: { count: 1, toAnswer: 1, toDecide: 0 } },
      ]);

      // Something new: both devices tell it, once each, and the laptop nothing else.
      const fresh = propose(masha, quiet, Date.now());
      expect((await pushSteps(mashasOffice.manager, [fresh])).status).toBe(200);
      const told = `proposal:${fresh.id}`;
      await waitFor(() => idsShown(laptop).includes(told) && idsShown(desk).includes(told));
      await Promise.all([desk.sync.awaitInSync(), laptop.sync.awaitInSync()]);
      expect(idsShown(laptop)).toEqual([laptop.shown[0]!.id, told]);
      for (const w of [desk, laptop]) expect(new Set(idsShown(w)).size).toBe(w.shown.length);
      expect(laptop.shown.flatMap((n) => n.caseIds)).not.toContain(agreed.id);
      expect(laptop.shown.flatMap((n) => n.caseIds)).not.toContain(decided.id);
    });
  });
}
