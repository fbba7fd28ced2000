// A case's evidence (issue 5), on both stores: who may read it, that it holds the case's two
// clients' activities and deals and nothing else of either office, and that a party sees the other
// side only as kinds, dates and authors (notes once that side shares them), never its deals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { caseIdFor, companyNoticeIdFor } from '../../shared/cases/caseId';
import type { DealEdition } from '../../shared/db/schemas/activity';
import { API_PATHS, API_PREFIX, type CaseEvidence, type NotesShared } from '../../shared/sync';
import { createTeams, TEST_PASSWORD, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, inserts, ownedClient } from './fixtures';
import { DAY, HISTORY, openCase, type OpenedCase } from './resolutionFixtures';
import { startServer } from './testServer';

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`case evidence on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let one: OfficeTeam;
    let two: OfficeTeam;
    let three: OfficeTeam;
    /** A manager of office one who is no party to the case. */
    let colleague: Api;
    let opened: OpenedCase;
    const now = Date.now();
    /** Office one's call, two editions of its deal, and office two's call, pushed in beforeAll. */
    let call: ReturnType<typeof activityDoc>;
    let deal1: ReturnType<typeof activityDoc>;
    let deal2: ReturnType<typeof activityDoc>;
    let mashasCall: ReturnType<typeof activityDoc>;

    const quoted = (over: Partial<DealEdition> = {}): DealEdition => ({
      dealId: 'deal-antalya',
      title: 'Antalya, 7 nights',
      travelStart: '2025-05-01',
      travelEnd: '2025-05-08',
      currency: 'RUB',
      amountMinor: 15_000_000,
      marginMinor: 1_500_000,
      status: 'quoted',
      managerId: one.managerUser.id,
      managerName: one.managerUser.name,
      ...over,
    });

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore()));
      [one, two, three] = (await createTeams(admin, 'One', 'Two', 'Three')) as [OfficeTeam, OfficeTeam, OfficeTeam];
      const user = await admin.createUser({
        username: `colleague-${one.office.id.slice(0, 8)}`,
        password: TEST_PASSWORD,
        name: 'Vasya Colleague',
        officeId: one.office.id,
        role: 'manager',
      });
      colleague = await admin.login(user.username, TEST_PASSWORD);
      opened = await openCase(admin, one, two, now, { ownerActivities: [now - 5 * DAY] });
      await pushActivities();
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const evidence = (api: Api, caseId = opened.caseDoc.id) =>
      api.request<CaseEvidence>('GET', API_PATHS.caseEvidence(caseId));
    const shareNotes = (api: Api, caseId = opened.caseDoc.id) =>
      api.request<NotesShared>('POST', API_PATHS.caseNotesShare(caseId));

    async function pushActivities(): Promise<void> {
      const { ownerClient, newcomerClient } = opened;
      call = activityDoc(one.office.id, ownerClient.id, {
        at: now - 4 * DAY,
        createdAt: now - 4 * DAY,
        authorId: one.managerUser.id,
        authorName: one.managerUser.name,
        importedFrom: HISTORY,
      });
      deal1 = activityDoc(one.office.id, ownerClient.id, {
        type: 'deal',
        at: now - 3 * DAY,
        createdAt: now - 3 * DAY,
        note: '',
        authorName: one.managerUser.name,
        deal: quoted(),
        importedFrom: HISTORY,
      });
      deal2 = activityDoc(one.office.id, ownerClient.id, {
        type: 'deal',
        at: now - 2 * DAY,
        createdAt: now - 2 * DAY,
        note: '',
        authorName: one.managerUser.name,
        deal: quoted({ status: 'paid' }),
        importedFrom: HISTORY,
      });
      const withdrawn = activityDoc(one.office.id, ownerClient.id, {
        at: now - DAY,
        note: 'logged by mistake',
        importedFrom: HISTORY,
      });
      // The offices' history, imported by an admin (the endpoint dates what a manager pushes no earlier
      // than the session's sign-in). Masha talked to the client three weeks ago, before Petya's record existed.
      mashasCall = activityDoc(two.office.id, newcomerClient.id, {
        at: now - 21 * DAY,
        createdAt: now,
        authorId: two.managerUser.id,
        authorName: two.managerUser.name,
        note: 'Called about Turkey',
        importedFrom: HISTORY,
      });
      expect((await admin.push('activities', inserts([call, deal1, deal2, withdrawn]))).status).toBe(200);
      expect(
        (
          await one.manager.push('activities', [
            { assumedMasterState: withdrawn, newDocumentState: { ...withdrawn, _deleted: true } },
          ])
        ).body,
      ).toEqual([]);
      expect((await admin.push('activities', inserts([mashasCall]))).status).toBe(200);
      // Neither another client of office one, nor an activity office three wrote naming Petya's client, is evidence.
      const other = ownedClient(one, { fullName: 'Someone Else' });
      expect((await one.manager.push('clients', inserts([other]))).status).toBe(200);
      expect(
        (
          await one.manager.push(
            'activities',
            inserts([activityDoc(one.office.id, other.id, { note: 'another client' })]),
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await three.manager.push(
            'activities',
            inserts([activityDoc(three.office.id, ownerClient.id, { at: now - 300 * DAY, note: 'forged' })]),
          )
        ).status,
      ).toBe(200);
    }

    it('the two managers, the leads of their offices and admins may read it; nobody else', async () => {
      for (const api of [one.manager, two.manager, one.lead, two.lead, admin])
        expect((await evidence(api)).status).toBe(200);
      for (const api of [colleague, three.manager, three.lead]) {
        const reply = await evidence(api);
        expect(reply.status).toBe(403);
        expect(JSON.stringify(reply.body)).toContain(
          "Only the case's two managers, the leads of their offices and admins",
        );
      }
      expect((await evidence(anonymous)).status).toBe(401);
      expect((await evidence(admin, 'no-such-case')).status).toBe(404);
    });

    it("shows a decider both sides' activities and deals with the case's clients, newest first, and who reached the client first", async () => {
      const reply = await evidence(one.lead);
      expect(reply.status).toBe(200);
      const { owner, newcomer, firstContact, caseId } = reply.body;
      const { ownerClient, newcomerClient } = opened;
      expect(caseId).toBe(opened.caseDoc.id);
      expect(owner).toMatchObject({
        clientId: ownerClient.id,
        clientLabel: 'Ivanov P.',
        managerName: one.managerUser.name,
        officeName: one.office.name,
        since: ownerClient.createdAt,
        detail: 'full',
        sharedNotes: false,
      });
      const earlierCall = (await admin.pullAll('activities')).documents.find(
        (a) => a.clientId === ownerClient.id && a.at === now - 5 * DAY,
      )!;
      expect(owner.activities.map((a) => a.id)).toEqual([deal2.id, deal1.id, call.id, earlierCall.id]);
      expect(owner.activities[0]).toEqual({
        id: deal2.id,
        type: 'deal',
        at: deal2.at,
        authorName: one.managerUser.name,
        note: '',
        deal: quoted({ status: 'paid' }),
      });
      expect(owner.deals).toEqual([quoted({ status: 'paid' })]);
      expect([owner.firstActivityAt, owner.lastActivityAt]).toEqual([now - 5 * DAY, now - 2 * DAY]);
      expect(newcomer).toMatchObject({
        clientId: newcomerClient.id,
        managerName: two.managerUser.name,
        deals: [],
        firstActivityAt: now - 21 * DAY,
        lastActivityAt: now - 21 * DAY,
        detail: 'full',
      });
      expect(newcomer.activities).toEqual([
        {
          id: mashasCall.id,
          type: 'call',
          at: mashasCall.at,
          authorName: two.managerUser.name,
          note: 'Called about Turkey',
        },
      ]);
      expect(firstContact).toBe('newcomer');
      expect(JSON.stringify(reply.body)).not.toMatch(/another client|forged|logged by mistake|Someone Else/);
      expect(reply.body.readerSides).toEqual([]);
      // The other involved office's lead and admins decide too: they see the same.
      for (const decider of [two.lead, admin]) expect((await evidence(decider)).body).toEqual(reply.body);
    });

    it("gives a party its own side in full and the other side's kinds, dates and authors only", async () => {
      const decided = (await evidence(admin)).body;
      const masha = await evidence(two.manager);
      expect(masha.status).toBe(200);
      expect(masha.body.readerSides).toEqual(['newcomer']);
      expect(masha.body.newcomer).toEqual(decided.newcomer);
      expect(masha.body.firstContact).toBe('newcomer');
      expect(masha.body.owner).toEqual({
        ...decided.owner,
        detail: 'outline',
        deals: [],
        activities: decided.owner.activities.map(({ id, type, at, authorName, deal }) => ({
          id,
          type,
          at,
          authorName,
          // The deal's id, nothing of its content: terms may name it as the disputed deal.
          ...(deal ? { dealStatus: deal.status, dealId: deal.dealId } : {}),
        })),
      });
      expect(masha.body.owner.activities.map((a) => a.dealStatus ?? a.type)).toEqual([
        'paid',
        'quoted',
        'call',
        'call',
      ]);
      // No note of Petya's, no title, amount or margin of his deal.
      expect(JSON.stringify(masha.body.owner)).not.toMatch(/Antalya|note|15000000|1500000|marginMinor|amountMinor/);

      const petya = (await evidence(one.manager)).body;
      expect(petya.readerSides).toEqual(['owner']);
      expect(petya.owner).toEqual(decided.owner);
      expect(petya.newcomer.activities).toEqual([
        { id: mashasCall.id, type: 'call', at: mashasCall.at, authorName: two.managerUser.name },
      ]);
      expect(JSON.stringify(petya)).not.toContain('Called about Turkey');
    });

    it('a party shares their notes: the other party reads them from then on, still not the deals', async () => {
      const sharedBefore = async () => {
        const { owner, newcomer } = (await evidence(admin)).body;
        return [owner.sharedNotes, newcomer.sharedNotes];
      };
      expect((await shareNotes(anonymous)).status).toBe(401);
      expect((await shareNotes(one.manager, 'c'.repeat(220))).status).toBe(400);
      const nul = await one.manager.request('POST', `${API_PREFIX}/cases/case%00x/share-notes`);
      expect(nul.status).toBe(400);
      expect(JSON.stringify(nul.body)).toContain('caseId');
      expect((await shareNotes(one.manager, 'no-such-case')).status).toBe(404);
      for (const outsider of [colleague, one.lead, two.lead, admin, three.manager]) {
        const reply = await shareNotes(outsider);
        expect(reply.status).toBe(403);
        expect(JSON.stringify(reply.body)).toContain('Only a manager of one of the case');
      }
      expect(await sharedBefore()).toEqual([false, false]);
      expect(JSON.stringify((await evidence(two.manager)).body.owner)).not.toMatch(/Antalya|note/);

      const first = await shareNotes(one.manager);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        caseId: opened.caseDoc.id,
        shared: [{ side: 'owner', sharedByName: one.managerUser.name, sharedAt: expect.any(Number) as number }],
      });
      // Sharing again changes nothing: the first record stands.
      expect((await shareNotes(one.manager)).body).toEqual(first.body);
      expect(await sharedBefore()).toEqual([true, false]);

      const masha = (await evidence(two.manager)).body;
      const decided = (await evidence(admin)).body;
      expect(masha.owner).toMatchObject({ detail: 'outline', sharedNotes: true, deals: [] });
      expect(masha.owner.activities.map((a) => a.note)).toEqual(decided.owner.activities.map((a) => a.note));
      expect(masha.owner.activities.some((a) => a.note === 'Asked about Antalya in May')).toBe(true);
      expect(masha.owner.activities.every((a) => a.deal === undefined)).toBe(true);
      expect(JSON.stringify(masha.owner)).not.toMatch(/15000000|1500000|marginMinor|amountMinor|Antalya, 7 nights/);
      // Sharing is one side's choice: Masha's own notes stay hers.
      expect(JSON.stringify((await evidence(one.manager)).body.newcomer)).not.toContain('Called about Turkey');
    });

    it("a match by corporate domain alone gives parties none of the other side's timeline", async () => {
      const domain = `vostok-${one.office.id.slice(0, 8)}.ru`;
      // Anna comes from the office's history (dated as imported); Boris is typed in today. Pushed by
      // the managers themselves, both would be dated to their accounts' creation, in no fixed order.
      const anna = ownedClient(one, {
        fullName: 'Anna Vostok',
        emails: [`anna@${domain}`],
        createdAt: now - 9 * DAY,
        updatedAt: now - 9 * DAY,
        importedFrom: HISTORY,
      });
      const boris = ownedClient(two, { fullName: 'Boris Vostok', emails: [`boris@${domain}`], createdAt: now - DAY });
      expect((await admin.push('clients', inserts([anna]))).status).toBe(200);
      const annasCall = activityDoc(one.office.id, anna.id, {
        at: now - 8 * DAY,
        authorName: one.managerUser.name,
        note: 'Anna plans a team trip',
      });
      expect((await one.manager.push('activities', inserts([annasCall]))).status).toBe(200);
      expect((await two.manager.push('clients', inserts([boris]))).status).toBe(200);
      // A company match opens a company notice about Boris, never a case per colleague's client.
      const caseId = companyNoticeIdFor(domain, boris.id);
      const caseDoc = (await admin.pullAll('cases')).documents.find((c) => c.id === caseId);
      expect(caseDoc).toMatchObject({ kind: 'company', matched: [{ kind: 'domain', display: domain }] });
      expect(
        (await admin.pullAll('cases')).documents.find((c) => c.id === caseIdFor(anna.id, boris.id)),
      ).toBeUndefined();

      const boriss = (await evidence(two.manager, caseId)).body;
      expect(boriss.owner).toMatchObject({
        detail: 'withheld',
        managerName: one.managerUser.name,
        officeName: one.office.name,
        activities: [],
        deals: [],
        firstActivityAt: null,
        lastActivityAt: null,
      });
      expect(boriss.firstContact).toBeNull();
      expect(JSON.stringify(boriss)).not.toContain('team trip');
      // Even shared notes do not make a colleague's client evidence about this one.
      expect((await shareNotes(one.manager, caseId)).status).toBe(200);
      expect((await evidence(two.manager, caseId)).body.owner.activities).toEqual([]);

      const lead = (await evidence(two.lead, caseId)).body;
      expect(lead.owner.detail).toBe('full');
      expect(lead.owner.activities.map((a) => a.note)).toEqual(['Anna plans a team trip']);
    });
  });
}
