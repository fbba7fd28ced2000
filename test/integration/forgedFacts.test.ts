// A hostile manager of office B, with an ordinary account and the documented API, tries to write
// facts in other people's names, onto office A's deals, and backdated; on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../shared/cases/caseId';
import type { DealEdition } from '../../shared/db/schemas/activity';
import { API_PATHS, type ApiError, type PayoutReportResponse, type SyncDocument } from '../../shared/sync';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, clientDoc, inserts, ownedClient, phone } from './fixtures';
import { DAY, freshPhone, HISTORY } from './resolutionFixtures';
import { startServer } from './testServer';

/** How far before the session's sign-in the endpoint still believes a time (clock drift). */
const SLACK = 10 * 60_000;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`forged facts on ${backend.name}`, () => {
    let admin: Api;
    let close: () => Promise<void>;
    let a: OfficeTeam;
    let b: OfficeTeam;
    let aClient: SyncDocument<'clients'>;
    let bClient: SyncDocument<'clients'>;
    const started = Date.now();
    const period = `from=${new Date(started - DAY).toISOString()}&to=${new Date(started + DAY).toISOString()}`;

    const deal = (
      team: OfficeTeam,
      clientId: string,
      dealId: string,
      overrides: Partial<DealEdition> = {},
    ): SyncDocument<'activities'> =>
      activityDoc(team.office.id, clientId, {
        type: 'deal',
        note: '',
        deal: {
          dealId,
          title: 'Antalya, 7 nights',
          travelStart: '2025-05-01',
          travelEnd: '2025-05-08',
          currency: 'RUB',
          amountMinor: 1_000_000,
          marginMinor: 100_000,
          status: 'paid',
          managerId: team.managerUser.id,
          managerName: team.managerUser.name,
          ...overrides,
        },
      });

    const payouts = async (api: Api) => {
      const reply = await api.request<PayoutReportResponse & ApiError>(
        'GET',
        `${API_PATHS.payoutReport}?${period}&by=office`,
      );
      expect(reply.status).toBe(200);
      return reply.body.report;
    };

    /** Pushed by `api`: refused with 403 and the reason, and none of the documents is stored. */
    const refused = async (api: Api, collection: 'clients' | 'activities', docs: SyncDocument[], reason: RegExp) => {
      const reply = await api.push(collection, inserts(docs));
      expect(reply.status).toBe(403);
      expect((reply.body as unknown as ApiError).error).toMatchObject({ code: 'forbidden', message: reason });
      const stored = (await admin.pullAll(collection)).documents;
      expect(stored.filter((d) => docs.some((x) => x.id === d.id))).toEqual([]);
    };

    beforeAll(async () => {
      const endpoint = await startServer(await backend.freshStore());
      admin = endpoint.admin;
      close = () => endpoint.server.close();
      [a, b] = await Promise.all([createTeam(admin, 'A'), createTeam(admin, 'B')]);
      // Office A has served its client for a month (history imported by an admin).
      aClient = ownedClient(a, {
        phones: [phone(freshPhone())],
        createdAt: Date.now() - 30 * DAY,
        updatedAt: Date.now() - 30 * DAY,
        lastActivityAt: Date.now() - 2 * DAY,
        importedFrom: HISTORY,
      });
      bClient = ownedClient(b);
      expect((await admin.push('clients', inserts([aClient]))).status).toBe(200);
      expect((await b.manager.push('clients', inserts([bClient]))).status).toBe(200);
      expect((await a.manager.push('activities', inserts([deal(a, aClient.id, 'd-a')]))).status).toBe(200);
    }, 120_000);
    afterAll(async () => {
      await close?.();
      await backend.cleanup();
    });

    it("an admin's import keeps the source's dates; only an admin may mark one", async () => {
      const stored = (await admin.pullAll('clients')).documents.find((d) => d.id === aClient.id);
      expect(stored).toEqual(aClient);
      await refused(
        b.manager,
        'clients',
        [ownedClient(b, { createdAt: Date.now() - 400 * DAY, importedFrom: 'my old notebook' })],
        /only an admin's import/,
      );
    });

    it("B's manager cannot write in another person's name", async () => {
      await refused(
        b.manager,
        'clients',
        [clientDoc(b.office.id, { ownerId: a.managerUser.id, ownerName: a.managerUser.name })],
        /as its owner names .*a manager can only name themselves/,
      );
      await refused(
        b.manager,
        'activities',
        [activityDoc(b.office.id, bClient.id, { authorId: b.leadUser.id, authorName: b.leadUser.name })],
        /as its author/,
      );
      await refused(
        b.manager,
        'activities',
        [deal(b, bClient.id, 'd-b-for-a', { managerId: a.managerUser.id, managerName: a.managerUser.name })],
        /as its manager/,
      );
    });

    it("B cannot write an edition of A's deal, and both offices' payouts stay as they were", async () => {
      const before = await payouts(admin);
      const moved = { marginMinor: 900_000, managerId: b.managerUser.id, managerName: b.managerUser.name };
      await refused(b.manager, 'activities', [deal(b, bClient.id, 'd-a', moved)], /belongs to office/);
      // Not for another client of A's office either: a deal belongs to one client.
      const other = ownedClient(a);
      expect((await a.manager.push('clients', inserts([other]))).status).toBe(200);
      await refused(a.manager, 'activities', [deal(a, other.id, 'd-a')], /another client/);
      expect(await payouts(admin)).toEqual(before);
      const totals = Object.fromEntries(before.totalsByOffice.map((t) => [t.officeId, t.totals]));
      expect(totals[a.office.id]).toEqual([{ amount: 100_000, currency: 'RUB' }]);
      expect(totals[b.office.id]).toBeUndefined();
    });

    it("a lead assigns clients to people of the lead's own office, and to nobody else", async () => {
      const assigned = clientDoc(a.office.id, { ownerId: a.managerUser.id, ownerName: a.managerUser.name });
      expect((await a.lead.push('clients', inserts([assigned]))).status).toBe(200);
      await refused(
        a.lead,
        'clients',
        [clientDoc(a.office.id, { ownerId: b.managerUser.id, ownerName: b.managerUser.name })],
        /a lead or an admin can name themselves or a person of the document's own office/,
      );
      // A colleague's edit keeps the owner: not a new statement, accepted.
      const edited = { ...assigned, notes: 'called back' };
      expect((await a.lead.push('clients', [{ assumedMasterState: assigned, newDocumentState: edited }])).body).toEqual(
        [],
      );
    });

    it('backdated times are stored clamped with the stated value kept, and do not win the case', async () => {
      const signedInAt = started - SLACK;
      const backdatedCall = Date.now() - 400 * DAY;
      const backdatedClient = Date.now() - 2 * 365 * DAY;
      const rival = ownedClient(b, {
        phones: aClient.phones,
        createdAt: backdatedClient,
        updatedAt: backdatedClient,
        lastActivityAt: backdatedCall,
      });
      const call = activityDoc(b.office.id, rival.id, { at: backdatedCall, createdAt: backdatedCall });
      expect((await b.manager.push('activities', inserts([call]))).status).toBe(200);
      expect((await b.manager.push('clients', inserts([rival]))).status).toBe(200);

      const storedCall = (await b.manager.pullAll('activities')).documents.find((d) => d.id === call.id)!;
      expect(storedCall.at).toBeGreaterThanOrEqual(signedInAt);
      expect(storedCall.statedAs).toEqual({ at: backdatedCall, createdAt: backdatedCall });
      const storedRival = (await b.manager.pullAll('clients')).documents.find((d) => d.id === rival.id)!;
      expect(storedRival.createdAt).toBeGreaterThanOrEqual(signedInAt);
      expect(storedRival.statedAs).toEqual({ createdAt: backdatedClient });

      const caseDoc = (await admin.pullAll('cases')).documents.find((c) => c.id === caseIdFor(aClient.id, rival.id))!;
      expect(caseDoc.owner.clientId).toBe(aClient.id);
      expect(caseDoc.newcomer.clientId).toBe(rival.id);
      expect(caseDoc.recommendation?.outcome.type).not.toBe('moveToNewcomer');
      expect(caseDoc.recommendation?.ruleId).not.toBe('first-contact');

      // A retry of the same push is a no-op: the stated times are recognised, nothing changes.
      const { checkpoint } = await b.manager.pullAll('clients');
      expect((await b.manager.push('clients', inserts([rival]))).body).toEqual([]);
      expect((await b.manager.pullAll('clients', checkpoint)).documents).toEqual([]);
    });

    it('a time in the future is stored clamped to the allowed clock drift', async () => {
      const ahead = Date.now() + 3 * DAY;
      const call = activityDoc(b.office.id, bClient.id, { at: ahead });
      expect((await b.manager.push('activities', inserts([call]))).status).toBe(200);
      const stored = (await b.manager.pullAll('activities')).documents.find((d) => d.id === call.id)!;
      expect(stored.at).toBeLessThanOrEqual(Date.now() + SLACK);
      expect(stored.statedAs).toEqual({ at: ahead });
    });
  });
}
