// A new contact at a company another manager works with: one company notice, nobody handed over.
// And the cases a shared domain alone opened before company notices existed, folded into them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIdFor, companyNoticeIdFor } from '../../shared/cases/caseId';
import type { CaseDoc } from '../../shared/db/schemas/case';
import { DEFAULT_REGULATIONS } from '../../shared/regulations/defaults';
import { API_PATHS, type SyncDocument } from '../../shared/sync';
import { caseEventsFromDocs, foldCaseEvents, termsInForce } from '../../shared/workflow';
import { migrate, MIGRATIONS } from '../../electron/sync-server/db/migrations';
import { writeDocuments } from '../../electron/sync-server/documents/documentStore';
import type { SyncServer } from '../../electron/sync-server/server';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { decide, pushSteps, stepsOf } from './resolutionFixtures';
import { startServer } from './testServer';

type Case = SyncDocument<'cases'>;

async function casesOf(api: Api): Promise<Case[]> {
  return [...new Map((await api.pullAll('cases')).documents.map((c) => [c.id, c])).values()];
}

/** `count` clients of the team's manager, all at `domain`, as an office pushes its book. */
async function company(team: OfficeTeam, domain: string, count: number): Promise<SyncDocument<'clients'>[]> {
  const at = Date.now();
  const clients = Array.from({ length: count }, (_, i) =>
    ownedClient(team, { fullName: `Сотрудник ${i}`, emails: [`person${i}@${domain}`], createdAt: at }),
  );
  expect((await team.manager.push('clients', inserts(clients))).status).toBe(200);
  return clients;
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`company matches on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let petya: OfficeTeam;
    let masha: OfficeTeam;
    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
      [petya, masha] = await Promise.all([createTeam(admin, 'Офис 1'), createTeam(admin, 'Офис 2')]);
      // A rule that would hand over anyone: a company notice must still move no one.
      const rules = [
        { id: 'everyone-moves', name: 'Everything moves', conditions: {}, outcome: { type: 'moveToNewcomer' } },
        ...DEFAULT_REGULATIONS,
      ];
      const saved = await admin.request('PUT', API_PATHS.regulations, { rules, note: 'test', basedOnVersion: 0 });
      expect(saved.status).toBe(200);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('one contact at a company of 200 clients opens one notice that names the manager and count, and moves no one', async () => {
      await company(petya, 'alfa-corp.ru', 200);
      const contact = ownedClient(masha, {
        fullName: 'Новый Контакт',
        emails: ['k.new@alfa-corp.ru'],
        createdAt: Date.now() + 1,
      });
      expect((await masha.manager.push('clients', inserts([contact]))).status).toBe(200);

      const cases = await casesOf(admin);
      expect(cases).toHaveLength(1);
      const notice = cases[0]!;
      expect(notice).toMatchObject({
        id: companyNoticeIdFor('alfa-corp.ru', contact.id),
        kind: 'company',
        newcomer: { clientId: contact.id, managerId: masha.managerUser.id },
        owner: { managerId: petya.managerUser.id },
        matched: [{ kind: 'domain', display: 'alfa-corp.ru' }],
        company: {
          domain: 'alfa-corp.ru',
          managers: [
            {
              managerId: petya.managerUser.id,
              managerName: petya.managerUser.name,
              officeName: petya.office.name,
              clients: 200,
            },
          ],
        },
      });
      // The regulations' recommendation never moves anyone, even under a rule that moves everyone.
      expect(notice.recommendation?.outcome.type).toBe('notifyOnly');
      const state = foldCaseEvents(notice, []);
      expect(termsInForce(state)).toBeNull();
      // Both managers see it; a step that would hand someone over is refused.
      expect((await casesOf(petya.manager)).map((c) => c.id)).toEqual([notice.id]);
      expect((await casesOf(masha.manager)).map((c) => c.id)).toEqual([notice.id]);
      const refused = await pushSteps(petya.lead, [decide(petya.leadUser, notice, Date.now())]);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(await stepsOf(admin, notice.id)).toEqual([]);
    });

    it('a contact matching by phone as well gets the person case only', async () => {
      const [held] = await company(petya, 'beta-corp.ru', 3);
      const withPhone = { ...held!, phones: [phone('+79161110001')], updatedAt: held!.updatedAt + 1 };
      await petya.manager.push('clients', [{ assumedMasterState: held!, newDocumentState: withPhone }]);
      const contact = ownedClient(masha, {
        emails: ['boss@beta-corp.ru'],
        phones: [phone('+79161110001')],
        createdAt: Date.now() + 1,
      });
      await masha.manager.push('clients', inserts([contact]));
      const mine = (await casesOf(admin)).filter((c) => c.newcomer.clientId === contact.id);
      expect(mine.map((c) => c.id)).toEqual([caseIdFor(held!.id, contact.id)]);
      expect(mine[0]!.kind).toBeUndefined();
    });

    it('migration 7 folds open domain-only cases into one notice; settled ones stay; the rest are superseded', async () => {
      const held = await company(petya, 'gamma-corp.ru', 60);
      const contact = ownedClient(masha, { emails: ['new@gamma-corp.ru'], createdAt: Date.now() + 1 });
      const other = ownedClient(masha, { emails: ['other@gamma-corp.ru'], createdAt: Date.now() + 1 });
      await masha.manager.push('clients', inserts([contact, other]));
      // As before company notices: the notices just opened were not there, a case per pair was.
      await server.store.exec(`delete from documents where collection = 'cases' and id like 'company:gamma-corp.ru:%'`);
      const now = Date.now();
      const oldCase = (owner: SyncDocument<'clients'>, newcomer: SyncDocument<'clients'>): CaseDoc => ({
        id: caseIdFor(owner.id, newcomer.id),
        officeIds: [petya.office.id, masha.office.id].sort(),
        owner: party(owner, petya),
        newcomer: party(newcomer, masha),
        matched: [{ kind: 'domain', display: 'gamma-corp.ru' }],
        detectedAt: now,
        detectedWhere: 'endpoint',
        causedBy: masha.managerUser.id,
        status: 'open',
        updatedAt: now,
        recommendation: {
          outcome: { type: 'moveToNewcomer' },
          ruleId: 'claim-lapses',
          ruleName: 'A claim lapses after 60 days without activity',
          ruleNumber: 2,
          explanation:
            "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago.",
          reasons: [],
          regulationsVersion: 0,
          evaluatedAt: now,
        },
      });
      const ruled = held.slice(0, 50).map((h) => oldCase(h, contact));
      const settled = { ...oldCase(held[0]!, other), recommendation: undefined } as CaseDoc;
      delete settled.recommendation;
      await server.store.transaction((tx) =>
        writeDocuments(
          tx,
          'cases',
          [...ruled, settled].map((c) => ({
            id: c.id,
            officeId: c.owner.officeId,
            scopeOfficeIds: c.officeIds,
            data: c,
            deleted: false,
          })),
          now,
        ),
      );
      expect(foldCaseEvents(ruled[0]!, []).phase).toBe('ruled');
      const decided = await pushSteps(petya.lead, [decide(petya.leadUser, settled as Case, Date.now())]);
      expect(decided.status).toBe(200);

      await server.store.exec('delete from schema_migrations where version = 7');
      expect(MIGRATIONS.find((m) => m.version === 7)?.apply).toBeDefined();
      expect(await migrate(server.store)).toEqual([7]);

      const after = new Map((await casesOf(admin)).map((c) => [c.id, c]));
      const notice = after.get(companyNoticeIdFor('gamma-corp.ru', contact.id))!;
      expect(notice).toMatchObject({
        kind: 'company',
        newcomer: { clientId: contact.id },
        company: { domain: 'gamma-corp.ru', managers: [{ managerId: petya.managerUser.id, clients: 60 }] },
        recommendation: { outcome: { type: 'notifyOnly' } },
      });
      for (const c of ruled) {
        const now7 = after.get(c.id)!;
        expect(now7).toMatchObject({ status: 'superseded', supersededBy: notice.id });
        // The rule's handover no longer applies: the office takes the client back.
        expect(termsInForce(foldCaseEvents(now7, []))).toBeNull();
      }
      // Settled by a lead: history, left as it was; no notice for it either.
      expect(after.get(settled.id)).toMatchObject({ status: 'open' });
      const settledState = foldCaseEvents(after.get(settled.id)!, caseEventsFromDocs(await stepsOf(admin, settled.id)));
      expect(settledState.phase).toBe('decided');
      expect(after.has(companyNoticeIdFor('gamma-corp.ru', other.id))).toBe(false);
    });

    it("two managers' clients at one company, pushed together, give the later one a notice", async () => {
      const at = Date.now();
      const first = ownedClient(petya, { emails: ['first@delta-corp.ru'], createdAt: at });
      const later = ownedClient(masha, { emails: ['later@delta-corp.ru'], createdAt: at + 1 });
      expect((await admin.push('clients', inserts([first, later]))).status).toBe(200);
      const atDelta = (await casesOf(admin)).filter((c) => c.matched.some((m) => m.display === 'delta-corp.ru'));
      expect(atDelta).toHaveLength(1);
      expect(atDelta[0]).toMatchObject({
        id: companyNoticeIdFor('delta-corp.ru', later.id),
        kind: 'company',
        owner: { clientId: first.id, managerId: petya.managerUser.id },
        newcomer: { clientId: later.id, managerId: masha.managerUser.id },
      });
    });
  });
}

function party(client: SyncDocument<'clients'>, team: OfficeTeam): CaseDoc['owner'] {
  return {
    clientId: client.id,
    clientLabel: client.fullName,
    managerId: team.managerUser.id,
    managerName: team.managerUser.name,
    officeId: team.office.id,
    officeName: team.office.name,
    since: client.createdAt,
  };
}
