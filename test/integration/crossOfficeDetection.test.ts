// Two offices, offline at the same time, enter the same client: the heart of Claimdesk.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../shared/cases/caseId';
import type { SyncServer } from '../../electron/sync-server/server';
import { createTeam, type Api } from './api';
import { backends } from './backends';
import { closeWorkstations, save, waitFor, workstation } from './officeWorkstation';
import { startServer } from './testServer';
import { databaseOf } from '../support/officeDatabase';

afterEach(closeWorkstations);

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`cross-office detection on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());
    let server: SyncServer;
    let admin: Api;

    it('starts the endpoint', async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
    });

    it('opens exactly one case for a client entered in two offices while both were offline, and tells each party once', async () => {
      const north = await workstation(server, await createTeam(admin, 'North'));
      const south = await workstation(server, await createTeam(admin, 'South'));
      north.net.setOnline(false);
      south.net.setOnline(false);

      const petr = await save(north.core, {
        fullName: 'Иванов Пётр',
        phones: ['+7 916 123 45 67'],
        emails: ['anna.smirnova@gmail.com'],
      });
      await new Promise((r) => setTimeout(r, 5));
      const samePhone = await save(south.core, { fullName: 'Petr Ivanov', phones: ['8 (916) 123-45-67'] });
      const gmailAlias = await save(south.core, {
        fullName: 'Anna Smirnova',
        emails: ['AnnaSmirnova+tours@googlemail.com'],
      });
      await save(south.core, { fullName: 'Clara Free', emails: ['clara@gmail.com'] });
      await save(south.core, { fullName: 'Иванов Пётр', phones: ['+7 903 765 43 21'] });
      // Offline, neither office knew the other's client: no case yet anywhere.
      expect(await databaseOf(north.core).cases.count().exec()).toBe(0);
      expect(await databaseOf(south.core).cases.count().exec()).toBe(0);

      north.net.setOnline(true);
      south.net.setOnline(true);
      const phoneCase = caseIdFor(petr.id, samePhone.id);
      const emailCase = caseIdFor(petr.id, gmailAlias.id);
      for (const w of [north, south]) {
        await waitFor(async () => (await databaseOf(w.core).cases.findByIds([phoneCase, emailCase]).exec()).size === 2);
      }
      // Let late copies (the endpoint's, the other office's detection) arrive before counting.
      await Promise.all([north.sync.awaitInSync(), south.sync.awaitInSync()]);
      await new Promise((r) => setTimeout(r, 800));

      for (const w of [north, south]) {
        const ids = (await databaseOf(w.core).cases.find().exec()).map((c) => c.id).sort();
        // Free-mail domain alone and name alone opened nothing.
        expect(ids).toEqual([phoneCase, emailCase].sort());
      }
      // Whoever found a case first, each office ends with the endpoint's copy: it carries the
      // regulations' recommendation, which an office never computes for good itself.
      for (const w of [north, south]) {
        await waitFor(async () =>
          [...(await databaseOf(w.core).cases.findByIds([phoneCase, emailCase]).exec()).values()].every(
            (c) => c.recommendation !== undefined,
          ),
        );
        expect((await databaseOf(w.core).cases.findOne(phoneCase).exec())!.detectedWhere).toBe('endpoint');
      }
      const phone = (await databaseOf(south.core).cases.findOne(phoneCase).exec())!;
      expect(phone.owner).toMatchObject({ clientId: petr.id, officeName: expect.stringContaining('North') });
      expect(phone.newcomer).toMatchObject({ clientId: samePhone.id, officeName: expect.stringContaining('South') });
      expect(phone.matched).toEqual([{ kind: 'phone', display: expect.stringMatching(/^\+7 916 \*\*\*/) }]);

      // Each party hears about each case once (two cases arriving together may come as one digest).
      for (const w of [north, south]) {
        const announced = w.shown.flatMap((n) => n.caseIds).sort();
        expect(announced).toEqual([phoneCase, emailCase].sort());
      }
      expect(north.shown.every((n) => n.kind === 'ownerDuplicate' || n.kind === 'digest')).toBe(true);
      expect(south.shown.every((n) => n.kind === 'newcomerFoundAtSync' || n.kind === 'digest')).toBe(true);

      // South never holds North's client record, nor North's claims from a pull (claims are pulled
      // per office); what it knows of North's client — the case, a look-up's answer — is masked.
      expect(await databaseOf(south.core).clients.findOne(petr.id).exec()).toBeNull();
      const known = [
        ...(await databaseOf(south.core)
          .claims.find({ selector: { clientId: petr.id } })
          .exec()),
        ...(await databaseOf(south.core).cases.find().exec()),
      ];
      for (const doc of known) expect(JSON.stringify(doc.toJSON())).not.toMatch(/9161234567|anna\.smirnova/);
    });

    it('stops the endpoint', async () => {
      await server.close();
    });
  });
}
