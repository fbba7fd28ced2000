// Two records of one person in a manager's book, merged and unmerged through the real endpoint;
// and the same ties forged by a colleague or another office, refused with nothing stored.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientDoc } from '../../shared/db';
import type { ApiError, SyncDocument } from '../../shared/sync';
import type { SyncServer } from '../../electron/sync-server/server';
import { TEST_PASSWORD, createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { closeWorkstations, save, workstation } from './officeWorkstation';
import { freshPhone } from './resolutionFixtures';
import { startServer } from './testServer';

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`records of one person on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let a: OfficeTeam;
    let b: OfficeTeam;
    let colleague: Api;
    let colleagueId: string;

    beforeAll(async () => {
      const endpoint = await startServer(await backend.freshStore());
      server = endpoint.server;
      admin = endpoint.admin;
      [a, b] = (await createTeams(admin, 'A', 'B')) as [OfficeTeam, OfficeTeam];
      const user = await admin.createUser({
        username: `colleague-${a.office.id.slice(0, 8)}`,
        password: TEST_PASSWORD,
        name: 'Colleague',
        officeId: a.office.id,
        role: 'manager',
      });
      colleagueId = user.id;
      colleague = await admin.login(user.username, TEST_PASSWORD);
    }, 120_000);
    afterEach(() => closeWorkstations());
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const storedClient = async (id: string) =>
      (await admin.pullAll('clients')).documents.find((d) => d.id === id) as SyncDocument<'clients'>;
    const casesNaming = async (id: string) =>
      (await admin.pullAll('cases')).documents.filter((c) => c.id.includes(id) && !c._deleted);

    it('a merge reaches the endpoint with the absorbed record kept and claimless, and its undo restores both', async () => {
      const w = await workstation(server, a);
      const shared = freshPhone();
      const own = freshPhone();
      const first = await save(w.core, { fullName: 'Соколов Игорь', phones: [shared], notes: 'Любит Турцию' });
      const second = await save(w.core, { fullName: 'Соколов Игорь', phones: [shared, own], notes: 'Звонить вечером' });
      await w.sync.awaitInSync();
      const before = { first: await storedClient(first.id), second: await storedClient(second.id) };

      expect((await w.core.mergeSamePerson(first.id, second.id)).ok).toBe(true);
      await w.sync.awaitInSync();
      const survivor = await storedClient(first.id);
      expect(survivor.phones.map((p) => p.e164)).toEqual([before.first.phones[0]!.e164, before.second.phones[1]!.e164]);
      expect(survivor.notes).toBe('Любит Турцию\n\nЗвонить вечером');
      expect((await storedClient(second.id)).mergedInto).toMatchObject({ clientId: first.id });
      // The absorbed record holds no claims: a newcomer with its phone meets only the survivor.
      const newcomer = ownedClient(b, { phones: [phone(before.second.phones[1]!.e164)] });
      expect((await b.manager.push('clients', inserts([newcomer]))).status).toBe(200);
      expect(await casesNaming(second.id)).toEqual([]);
      expect(await casesNaming(first.id)).toHaveLength(1);

      expect((await w.core.undoSamePersonMerge(first.id, second.id)).ok).toBe(true);
      await w.sync.awaitInSync();
      const after = { first: await storedClient(first.id), second: await storedClient(second.id) };
      const content = ({ updatedAt: _u, ...rest }: ClientDoc) => rest;
      expect(content(after.first)).toStrictEqual(content(before.first));
      expect(content(after.second)).toStrictEqual(content(before.second));
    });

    const notTheirs = /only its manager or their office's lead/;
    const notOneOwner = /not a client of the same manager/;

    /** Pushed by `api` over what is stored: refused with 403 and the reason, the stored documents unchanged. */
    const refused = async (api: Api, docs: SyncDocument<'clients'>[], reason: RegExp) => {
      const stored = await Promise.all(docs.map((d) => storedClient(d.id)));
      const rows = docs.map((d, i) => ({ assumedMasterState: stored[i] ?? null, newDocumentState: d }));
      const reply = await api.push('clients', rows);
      expect(reply.status).toBe(403);
      expect((reply.body as unknown as ApiError).error).toMatchObject({ code: /^forbidden/, message: reason });
      expect(await Promise.all(docs.map((d) => storedClient(d.id)))).toEqual(stored);
    };

    it("a colleague cannot absorb the manager's client into their own, nor merge or link it", async () => {
      const aClient = ownedClient(a, { phones: [phone(freshPhone())] });
      const mine = ownedClient(a, { ownerId: colleagueId, ownerName: 'Colleague', phones: [phone(freshPhone())] });
      expect((await a.manager.push('clients', inserts([aClient]))).status).toBe(200);
      expect((await colleague.push('clients', inserts([mine]))).status).toBe(200);
      const now = Date.now();
      const snapshot = { phones: mine.phones, emails: [], notes: '', company: '', identityKeys: [], lastActivityAt: 1 };
      // The absorbed side: the colleague's push marks the manager's client merged into their own.
      await refused(colleague, [{ ...aClient, mergedInto: { clientId: mine.id, at: now }, updatedAt: now }], notTheirs);
      // The survivor side alone: the colleague's own client claims to have absorbed the manager's.
      await refused(
        colleague,
        [{ ...mine, absorbed: [{ clientId: aClient.id, at: now, before: snapshot }] }],
        notOneOwner,
      );
      // Both at once, the manager's client re-owned on the way: still the manager's to merge.
      await refused(
        colleague,
        [
          { ...mine, absorbed: [{ clientId: aClient.id, at: now, before: snapshot }] },
          { ...aClient, ownerId: colleagueId, mergedInto: { clientId: mine.id, at: now } },
        ],
        notOneOwner,
      );
      await refused(colleague, [{ ...mine, linkedWith: [aClient.id] }], notOneOwner);
    });

    it("another office's manager cannot tie its client to a client of office A, nor a made-up one", async () => {
      const aClient = ownedClient(a, { phones: [phone(freshPhone())] });
      const bClient = ownedClient(b, { phones: [phone(freshPhone())] });
      expect((await a.manager.push('clients', inserts([aClient]))).status).toBe(200);
      expect((await b.manager.push('clients', inserts([bClient]))).status).toBe(200);
      const now = Date.now();
      await refused(b.manager, [{ ...bClient, mergedInto: { clientId: aClient.id, at: now } }], notOneOwner);
      await refused(b.manager, [{ ...bClient, linkedWith: ['no-such-client'] }], notOneOwner);
      await refused(b.manager, [{ ...bClient, linkedWith: [bClient.id] }], notOneOwner);
    });

    it('a malformed merge record is refused as bad input, and nothing is stored', async () => {
      const x = ownedClient(a, { phones: [phone(freshPhone())] });
      const reply = await a.manager.push('clients', inserts([{ ...x, absorbed: [{ clientId: 'y' }] } as never]));
      expect(reply.status).toBe(400);
      expect(await storedClient(x.id)).toBeUndefined();
    });

    it("a lead merges two records of a manager of the lead's own office", async () => {
      const x = ownedClient(a, { phones: [phone(freshPhone())] });
      const y = ownedClient(a, { phones: [phone(freshPhone())] });
      expect((await a.manager.push('clients', inserts([x, y]))).status).toBe(200);
      const [sx, sy] = [await storedClient(x.id), await storedClient(y.id)];
      const now = Date.now();
      const snapshot = { phones: sx.phones, emails: [], notes: '', company: '', identityKeys: [], lastActivityAt: 1 };
      const reply = await a.lead.push('clients', [
        { assumedMasterState: sy, newDocumentState: { ...sy, mergedInto: { clientId: x.id, at: now } } },
        {
          assumedMasterState: sx,
          newDocumentState: { ...sx, absorbed: [{ clientId: y.id, at: now, before: snapshot }] },
        },
      ]);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
      expect((await storedClient(y.id)).mergedInto).toMatchObject({ clientId: x.id });
      // Another office's lead cannot undo it: the client is not of their office.
      const { mergedInto: _m, ...unmerged } = await storedClient(y.id);
      await refused(b.lead, [unmerged as SyncDocument<'clients'>], /office/);
    });
  });
}
