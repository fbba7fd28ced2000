// A case's evidence (issue 5), on both stores: who may read it, and that it holds the case's two
// clients' activities and deals and nothing else of either office.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { DealEdition } from '../../shared/db/schemas/activity';
import { API_PATHS, type CaseEvidence } from '../../shared/sync';
import { createTeam, TEST_PASSWORD, type Api, type OfficeTeam } from './api';
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
      [one, two, three] = await Promise.all([
        createTeam(admin, 'One'),
        createTeam(admin, 'Two'),
        createTeam(admin, 'Three'),
      ]);
      const user = await admin.createUser({
        username: `colleague-${one.office.id.slice(0, 8)}`,
        password: TEST_PASSWORD,
        name: 'Vasya Colleague',
        officeId: one.office.id,
        role: 'manager',
      });
      colleague = await admin.login(user.username, TEST_PASSWORD);
      opened = await openCase(admin, one, two, now, { ownerActivities: [now - 5 * DAY] });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const evidence = (api: Api, caseId = opened.caseDoc.id) =>
      api.request<CaseEvidence>('GET', API_PATHS.caseEvidence(caseId));

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

    it("shows both sides' activities and deals with the case's clients, newest first, and who reached the client first", async () => {
      const { ownerClient, newcomerClient } = opened;
      const call = activityDoc(one.office.id, ownerClient.id, {
        at: now - 4 * DAY,
        createdAt: now - 4 * DAY,
        authorId: one.managerUser.id,
        authorName: one.managerUser.name,
        importedFrom: HISTORY,
      });
      const deal1 = activityDoc(one.office.id, ownerClient.id, {
        type: 'deal',
        at: now - 3 * DAY,
        createdAt: now - 3 * DAY,
        note: '',
        authorName: one.managerUser.name,
        deal: quoted(),
        importedFrom: HISTORY,
      });
      const deal2 = activityDoc(one.office.id, ownerClient.id, {
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
      const mashasCall = activityDoc(two.office.id, newcomerClient.id, {
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

      const reply = await evidence(two.manager);
      expect(reply.status).toBe(200);
      const { owner, newcomer, firstContact, caseId } = reply.body;
      expect(caseId).toBe(opened.caseDoc.id);
      expect(owner).toMatchObject({
        clientId: ownerClient.id,
        clientLabel: 'Ivanov P.',
        managerName: one.managerUser.name,
        officeName: one.office.name,
        since: ownerClient.createdAt,
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
    });
  });
}
