// Server-side case detection at push (issue 4): the same client in two offices opens one case, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { SyncDocument } from '../../shared/sync';
import { caseIdFor, companyNoticeIdFor } from '../../shared/cases/caseId';
import { createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { documentsOf, openStream } from './sse';
import { startServer } from './testServer';

type Case = SyncDocument<'cases'>;

/** Between two offices' offline entries: within their sessions, where the endpoint believes the times. */
const LATER = 60_000;
/** When the offices start working: after their accounts exist, where the endpoint believes the times. */
let T0 = 0;

async function casesOf(api: Api): Promise<Case[]> {
  return [...new Map((await api.pullAll('cases')).documents.map((c) => [c.id, c])).values()];
}

async function caseBetween(api: Api, a: string, b: string): Promise<Case | undefined> {
  return (await casesOf(api)).find((c) => c.id === caseIdFor(a, b));
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`cases opened at push on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let one: OfficeTeam;
    let two: OfficeTeam;
    let three: OfficeTeam;
    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
      [one, two, three] = (await createTeams(admin, 'One', 'Two', 'Three')) as [OfficeTeam, OfficeTeam, OfficeTeam];
      T0 = Date.now();
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('two offline offices that created one client open exactly one case when they reconnect, owned by the earlier client', async () => {
      // Office 1 entered the client first (earlier createdAt), but office 2 reconnects first.
      const earlier = ownedClient(one, {
        fullName: 'Ivanov Petr',
        phones: [phone('+79161234567')],
        emails: ['petr@romashka-tour.ru'],
        createdAt: T0,
      });
      const later = ownedClient(two, {
        fullName: 'Petr Ivanov',
        phones: [phone('+79161234567', '101')],
        emails: [],
        createdAt: T0 + LATER,
      });
      expect((await two.manager.push('clients', inserts([later]))).status).toBe(200);
      expect(await casesOf(admin)).toEqual([]);
      expect((await one.manager.push('clients', inserts([earlier]))).status).toBe(200);

      const expected = {
        id: caseIdFor(earlier.id, later.id),
        officeIds: [one.office.id, two.office.id].sort(),
        owner: {
          clientId: earlier.id,
          clientLabel: 'Ivanov P.',
          managerId: one.managerUser.id,
          managerName: one.managerUser.name,
          officeId: one.office.id,
          officeName: one.office.name,
          since: T0,
        },
        newcomer: {
          clientId: later.id,
          clientLabel: 'Petr I.',
          managerId: two.managerUser.id,
          managerName: two.managerUser.name,
          officeId: two.office.id,
          officeName: two.office.name,
          since: T0 + LATER,
        },
        matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
        detectedWhere: 'endpoint',
        causedBy: one.managerUser.id,
        status: 'open',
        _deleted: false,
      };
      for (const api of [one.manager, one.lead, two.manager, two.lead, admin]) {
        const cases = (await casesOf(api)).filter((c) => c.id === expected.id);
        expect(cases).toHaveLength(1);
        expect(cases[0]).toMatchObject(expected);
      }
      // Office 3 is no party: it neither pulls the case nor can write one.
      expect(await casesOf(three.manager)).toEqual([]);
      expect(await casesOf(three.lead)).toEqual([]);
      const forged = await three.manager.push('cases', [
        {
          assumedMasterState: null,
          newDocumentState: { ...(await caseBetween(admin, earlier.id, later.id))!, officeIds: [three.office.id] },
        },
      ]);
      expect(forged.status).toBe(403);
      expect(JSON.stringify(forged.body)).toContain('cases are maintained by the endpoint');
      expect((await three.manager.push('claims', [])).status).toBe(403);

      // Re-pushing either client (a retry after a lost answer) changes nothing: no claim seq, no second case.
      const claimsAt = (await admin.pullAll('claims')).checkpoint;
      const casesAt = (await admin.pullAll('cases')).checkpoint;
      expect((await one.manager.push('clients', inserts([earlier]))).body).toEqual([]);
      expect((await two.manager.push('clients', inserts([later]))).body).toEqual([]);
      expect((await admin.pullAll('claims', claimsAt)).documents).toEqual([]);
      expect((await admin.pullAll('cases', casesAt)).documents).toEqual([]);

      // A later edit that changes the keys of a client already in the case does not re-open or duplicate it.
      const edited = { ...later, emails: ['petr@romashka-tour.ru'], updatedAt: later.updatedAt + 1 };
      expect(
        (await two.manager.push('clients', [{ assumedMasterState: later, newDocumentState: edited }])).body,
      ).toEqual([]);
      expect((await admin.pullAll('cases', casesAt)).documents).toEqual([]);
    });

    it('the case reaches both offices live on the cases stream, and not office 3', async () => {
      const streams = await Promise.all(
        [one.manager, two.manager, three.manager].map((api) => openStream(server.url, api.token ?? '', 'cases')),
      );
      try {
        await Promise.all(streams.map((s) => s.waitFor((m) => m === 'RESYNC')));
        const a = ownedClient(one, { phones: [phone('+79031230001')], createdAt: T0 });
        const b = ownedClient(two, { phones: [phone('+79031230001')], createdAt: T0 + 1 });
        await one.manager.push('clients', inserts([a]));
        await two.manager.push('clients', inserts([b]));
        const id = caseIdFor(a.id, b.id);
        await Promise.all(streams.slice(0, 2).map((s) => s.waitFor((m) => documentsOf(m).some((d) => d.id === id))));
        expect(streams[2]!.messages.flatMap(documentsOf)).toEqual([]);
      } finally {
        streams.forEach((s) => s.close());
      }
    });

    it('gmail and googlemail aliases of one mailbox match', async () => {
      const a = ownedClient(one, { emails: ['petr.ivanov@gmail.com'], createdAt: T0 });
      const b = ownedClient(two, { emails: ['PetrIvanov+x@googlemail.com'], createdAt: T0 + LATER });
      await one.manager.push('clients', inserts([a]));
      await two.manager.push('clients', inserts([b]));
      const found = await caseBetween(two.manager, a.id, b.id);
      expect(found).toMatchObject({
        owner: { clientId: a.id },
        newcomer: { clientId: b.id },
        matched: [{ kind: 'email', display: 'p***@gmail.com' }],
        causedBy: two.managerUser.id,
      });
    });

    it('a shared corporate domain opens a company notice, not a person case; a shared free-mail domain nothing', async () => {
      const corpA = ownedClient(one, { emails: ['anna@vostok-travel.ru'], createdAt: T0 });
      const corpB = ownedClient(two, { emails: ['boris@vostok-travel.ru'], createdAt: T0 + LATER });
      const freeA = ownedClient(one, { emails: ['anna.free@mail.ru'], createdAt: T0 });
      const freeB = ownedClient(two, { emails: ['boris.free@mail.ru'], createdAt: T0 + LATER });
      await one.manager.push('clients', inserts([corpA, freeA]));
      await two.manager.push('clients', inserts([corpB, freeB]));
      expect(await caseBetween(admin, corpA.id, corpB.id)).toBeUndefined();
      expect(
        (await casesOf(admin)).find((c) => c.id === companyNoticeIdFor('vostok-travel.ru', corpB.id)),
      ).toMatchObject({
        kind: 'company',
        owner: { clientId: corpA.id },
        newcomer: { clientId: corpB.id },
        matched: [{ kind: 'domain', display: 'vostok-travel.ru' }],
      });
      expect(await caseBetween(admin, freeA.id, freeB.id)).toBeUndefined();
      expect((await casesOf(admin)).some((c) => c.newcomer.clientId === freeB.id)).toBe(false);
    });

    it('the same name alone never opens a case', async () => {
      const a = ownedClient(one, { fullName: 'Sidorova Maria', phones: [phone('+79261000001')], createdAt: T0 });
      const b = ownedClient(two, {
        fullName: 'Sidorova Maria',
        phones: [phone('+79261000002')],
        createdAt: T0 + LATER,
      });
      await one.manager.push('clients', inserts([a]));
      await two.manager.push('clients', inserts([b]));
      expect(await caseBetween(admin, a.id, b.id)).toBeUndefined();
    });

    it("a match within one manager's own clients is a merge suggestion, not a case", async () => {
      const a = ownedClient(one, { phones: [phone('+79261000003')], createdAt: T0 });
      const b = ownedClient(one, { phones: [phone('+79261000003')], createdAt: T0 + LATER });
      await one.manager.push('clients', inserts([a]));
      await one.manager.push('clients', inserts([b]));
      expect(await caseBetween(admin, a.id, b.id)).toBeUndefined();
    });

    it('two managers of one office: a case seen by that office only', async () => {
      const a = ownedClient(one, { phones: [phone('+79261000004')], createdAt: T0 });
      const b = ownedClient(
        { office: one.office, managerUser: one.leadUser },
        { phones: [phone('+79261000004')], createdAt: T0 + LATER },
      );
      // One push carrying both: clients of the same push match each other too.
      await one.lead.push('clients', inserts([a, b]));
      expect(await caseBetween(one.manager, a.id, b.id)).toMatchObject({
        officeIds: [one.office.id],
        causedBy: one.leadUser.id,
      });
      expect(await caseBetween(two.manager, a.id, b.id)).toBeUndefined();
    });
  });
}
