// The claims index the endpoint maintains from pushed clients (issue 4), on both stores: each office
// pulls its own office's claims; other offices' are only answered by the look-up (claimsLookup.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { createKeyHasher } from '../../shared/identity';
import { readKeySecret } from '../../electron/sync-server/db/migrations';
import { API_PREFIX, type StreamMessage, type SyncCheckpoint, type SyncDocument } from '../../shared/sync';
import { createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { documentsOf, openStream } from './sse';
import { startServer } from './testServer';

type Claim = SyncDocument<'claims'>;

const live = (claims: Claim[], clientId: string): Claim[] =>
  latest(claims).filter((c) => c.clientId === clientId && !c._deleted);
const holds =
  (clientId: string) =>
  (m: StreamMessage): boolean =>
    documentsOf(m).some((d) => (d as Claim).clientId === clientId);
/** The last version of each claim, as an office applying the pulls in order would hold it. */
function latest(claims: Claim[]): Claim[] {
  return [...new Map(claims.map((c) => [c.id, c])).values()];
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`claims index on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let one: OfficeTeam;
    let two: OfficeTeam;
    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore()));
      [one, two] = (await createTeams(admin, 'One', 'Two')) as [OfficeTeam, OfficeTeam];
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('the key secret never leaves the endpoint: no route gives it, to anyone', async () => {
      const secret = await readKeySecret(server.store);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      for (const api of [anonymous, one.manager, two.lead, admin]) {
        const reply = await api.request('GET', `${API_PREFIX}/agency`);
        expect(reply.status).toBe(404);
        expect(JSON.stringify(reply.body)).not.toContain(secret);
      }
    });

    it('a pushed client gets one claim per key: hashed with the agency secret, masked, never the raw phone or email', async () => {
      const created = Date.now();
      const client = ownedClient(one, {
        fullName: 'Иванов Пётр Сергеевич',
        phones: [phone('+79161234567', '12')],
        emails: ['Petr.Ivanov@romashka-tour.ru'],
        createdAt: created,
        lastActivityAt: created + 60_000,
      });
      expect((await one.manager.push('clients', inserts([client]))).status).toBe(200);
      const claims = live((await one.manager.pullAll('claims')).documents, client.id);
      const hash = createKeyHasher(await readKeySecret(server.store));
      const byKind = Object.fromEntries(claims.map((c) => [c.kind, c]));
      expect(claims).toHaveLength(3);
      expect(byKind.phone).toMatchObject({
        display: '+7 916 ***-**-67',
        keyHash: hash('phone:+79161234567'),
        id: `${hash('phone:+79161234567')}|${client.id}`,
      });
      expect(byKind.email).toMatchObject({
        display: 'p***@romashka-tour.ru',
        keyHash: hash('email:petr.ivanov@romashka-tour.ru'),
      });
      expect(byKind.domain).toMatchObject({ display: 'romashka-tour.ru', keyHash: hash('domain:romashka-tour.ru') });
      for (const claim of claims) {
        expect(claim).toMatchObject({
          clientId: client.id,
          clientLabel: 'Иванов П. С.',
          ownerId: one.managerUser.id,
          ownerName: one.managerUser.name,
          officeId: one.office.id,
          officeName: one.office.name,
          since: created,
          lastActivityAt: created + 60_000,
          _deleted: false,
        });
      }
      const wire = JSON.stringify(claims).toLowerCase();
      for (const secretPart of ['9161234567', 'petr.ivanov', 'petr', 'иванов пётр', 'сергеевич'])
        expect(wire).not.toContain(secretPart);
    });

    it("office 1 and admins pull office 1 claims; office 2 pulls neither office 1's claims nor its clients", async () => {
      const client = ownedClient(one, { phones: [phone('+79035550011')] });
      await one.manager.push('clients', inserts([client]));
      for (const api of [one.manager, one.lead, admin])
        expect(live((await api.pullAll('claims')).documents, client.id)).toHaveLength(1);
      for (const api of [two.manager, two.lead]) {
        expect((await api.pullAll('claims')).documents.map((c) => c.officeId)).not.toContain(one.office.id);
        expect((await api.pullAll('clients')).documents.map((c) => c.officeId)).not.toContain(one.office.id);
      }
    });

    it('removing a phone tombstones its claim and leaves the others where they were', async () => {
      const client = ownedClient(one, {
        phones: [phone('+79161110001'), phone('+79161110002')],
        emails: ['anna@example-travel.ru'],
      });
      await one.manager.push('clients', inserts([client]));
      const before = await one.manager.pullAll('claims');
      expect(live(before.documents, client.id)).toHaveLength(4);
      const edited = { ...client, phones: [phone('+79161110001')], updatedAt: client.updatedAt + 1 };
      expect(
        (await one.manager.push('clients', [{ assumedMasterState: client, newDocumentState: edited }])).status,
      ).toBe(200);
      const after = await one.manager.pullAll('claims', before.checkpoint);
      // Only the released claim moved: the other three keep their seq.
      expect(after.documents).toHaveLength(1);
      expect(after.documents[0]).toMatchObject({
        kind: 'phone',
        display: '+7 916 ***-**-02',
        clientId: client.id,
        _deleted: true,
      });
      expect(live([...before.documents, ...after.documents], client.id)).toHaveLength(3);
    });

    it('a transfer moves the claims; deleting the client tombstones them all', async () => {
      const client = ownedClient(one, { phones: [phone('+79161110003')], emails: ['boris@example-travel.ru'] });
      await one.manager.push('clients', inserts([client]));
      const start = (await one.lead.pullAll('claims')).checkpoint;
      const moved = { ...client, ownerId: one.leadUser.id, ownerName: one.leadUser.name };
      // A lead hands a client to a person of the office (a manager can only name themselves).
      await one.lead.push('clients', [{ assumedMasterState: client, newDocumentState: moved }]);
      const transferred = await one.lead.pullAll('claims', start);
      expect(transferred.documents).toHaveLength(3);
      expect(
        transferred.documents.every(
          (c) => c.ownerId === one.leadUser.id && c.ownerName === one.leadUser.name && !c._deleted,
        ),
      ).toBe(true);
      await one.manager.push('clients', [
        { assumedMasterState: moved, newDocumentState: { ...moved, _deleted: true } },
      ]);
      const deleted = await one.lead.pullAll('claims', transferred.checkpoint);
      expect(deleted.documents).toHaveLength(3);
      expect(deleted.documents.every((c) => c._deleted && c.clientId === client.id)).toBe(true);
    });

    it('re-pushing the same client (a retry) moves no claim', async () => {
      const client = ownedClient(one, { phones: [phone('+79161110004')] });
      await one.manager.push('clients', inserts([client]));
      const { checkpoint } = await admin.pullAll('claims');
      expect((await one.manager.push('clients', inserts([client]))).body).toEqual([]);
      // An edit that touches no key (notes) rewrites no claim either.
      await one.manager.push('clients', [
        { assumedMasterState: client, newDocumentState: { ...client, notes: 'called back' } },
      ]);
      expect((await admin.pullAll('claims', checkpoint)).documents).toEqual([]);
    });

    it('claims and cases cannot be pushed by anyone, admins included', async () => {
      const claim = latest((await admin.pullAll('claims')).documents).find((c) => !c._deleted)!;
      for (const api of [one.manager, one.lead, admin]) {
        for (const collection of ['claims', 'cases'] as const) {
          const reply = await api.push(collection, [
            { assumedMasterState: null, newDocumentState: { ...claim, ownerId: 'me' } },
          ]);
          expect(reply.status).toBe(403);
          expect(JSON.stringify(reply.body)).toContain(`${collection} are maintained by the endpoint`);
        }
      }
      expect((await anonymous.push('claims', [])).status).toBe(401);
    });

    it('claims stream live to their own office and admins, never to another office', async () => {
      const own = await openStream(server.url, one.lead.token ?? '', 'claims');
      const foreign = await openStream(server.url, two.manager.token ?? '', 'claims');
      const all = await openStream(server.url, admin.token ?? '', 'claims');
      try {
        for (const stream of [own, foreign, all]) {
          expect(stream.status).toBe(200);
          await stream.waitFor((m) => m === 'RESYNC');
        }
        const theirs = ownedClient(one, { phones: [phone('+79161110005')] });
        const ours = ownedClient(two, { phones: [phone('+79161110006')] });
        await one.manager.push('clients', inserts([theirs]));
        await two.manager.push('clients', inserts([ours]));
        expect(documentsOf(await own.waitFor(holds(theirs.id)))).toHaveLength(1);
        await all.waitFor(holds(theirs.id));
        await all.waitFor(holds(ours.id));
        // The feed delivers in commit order: once office 2's own claim arrived, office 1's would have.
        await foreign.waitFor(holds(ours.id));
        expect(foreign.messages.some(holds(theirs.id))).toBe(false);
        expect(own.messages.some(holds(ours.id))).toBe(false);
      } finally {
        [own, foreign, all].forEach((s) => s.close());
      }
    });

    it('a pull checkpoint of claims is an ordinary commit-order checkpoint', async () => {
      const first = await one.manager.pull('claims', null, 2);
      expect(first.status).toBe(200);
      expect(first.body.documents).toHaveLength(2);
      const rest = await one.manager.pullAll('claims', first.body.checkpoint as SyncCheckpoint);
      const all = await one.manager.pullAll('claims');
      expect([...first.body.documents, ...rest.documents].map((d) => d.id)).toEqual(all.documents.map((d) => d.id));
    });
  });
}
