// The agency's regulations at the endpoint (issue 5), on both stores: read by everyone, edited by
// leads and admins into immutable numbered versions; a case keeps the version it was judged by.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { DEFAULT_REGULATIONS, type Rule } from '../../shared/regulations';
import { API_PATHS, type ApiError, type RegulationsResponse } from '../../shared/sync';
import { createTeams, TEST_PASSWORD, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { freshPhone, openCase } from './resolutionFixtures';
import { caseIdFor } from '../../shared/cases/caseId';
import { startServer } from './testServer';

const OWNER_KEEPS: Rule = {
  id: 'owner-keeps',
  name: 'The owner keeps the client',
  conditions: {},
  outcome: { type: 'stayWithOwner' },
};

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`regulations on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let one: OfficeTeam;
    let two: OfficeTeam;
    const clock = Date.now();

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore(), { now: () => clock }));
      [one, two] = (await createTeams(admin, 'One', 'Two')) as [OfficeTeam, OfficeTeam];
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const read = async (api: Api) => (await api.request<RegulationsResponse>('GET', API_PATHS.regulations)).body;
    const save = (api: Api, body: unknown) =>
      api.request<RegulationsResponse & ApiError>('PUT', API_PATHS.regulations, body);

    it('until a lead edits them, the regulations are the shipped defaults as version 0', async () => {
      const body = await read(one.manager);
      expect(body.current).toEqual({
        version: 0,
        rules: DEFAULT_REGULATIONS,
        changedBy: 'Claimdesk',
        changedAt: 0,
        note: 'The default regulations shipped with Claimdesk.',
      });
      expect(body.history).toEqual([
        {
          version: 0,
          changedBy: 'Claimdesk',
          changedAt: 0,
          note: 'The default regulations shipped with Claimdesk.',
          ruleCount: 4,
        },
      ]);
    });

    it('a manager may not edit them; bad input is refused field by field; nothing is stored either way', async () => {
      const forbidden = await save(one.manager, { rules: [OWNER_KEEPS], note: '', basedOnVersion: 0 });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.message).toBe(
        'Only a lead or an admin can change the regulations; nothing was saved.',
      );

      const bad: Array<[unknown, Array<{ field: string; message: string }>]> = [
        [[OWNER_KEEPS], [{ field: '', message: 'Send {"rules": [...], "note": "...", "basedOnVersion": N} as JSON.' }]],
        [
          { rules: 'all of them', basedOnVersion: 0 },
          [{ field: 'rules', message: 'Send the whole ordered list of rules (an empty list is allowed).' }],
        ],
        [
          { rules: [OWNER_KEEPS] },
          [
            {
              field: 'basedOnVersion',
              message: 'Say which version you edited (the "version" of the regulations you loaded).',
            },
          ],
        ],
        [
          { rules: [null], basedOnVersion: 0 },
          [{ field: 'rules.0', message: 'Rule 1 is not a rule (an object with id, name, conditions and outcome).' }],
        ],
        [{ rules: [OWNER_KEEPS], note: 5, basedOnVersion: 0 }, [{ field: 'note', message: 'The note must be text.' }]],
        [
          {
            rules: [OWNER_KEEPS, { ...OWNER_KEEPS, name: ' ', outcome: { type: 'negotiate', deadlineHours: 0 } }],
            basedOnVersion: 0,
          },
          [
            { field: 'rules.1.name', message: 'Rule 2: Give the rule a name people will recognise.' },
            {
              field: 'rules.1.outcome.deadlineHours',
              message: 'Rule 2: The negotiation deadline must be a whole number of hours from 1 to 744.',
            },
            { field: 'rules.1.id', message: "Rule 2: another rule already has the id 'owner-keeps'." },
          ],
        ],
      ];
      for (const [body, fields] of bad) {
        const reply = await save(one.lead, body);
        expect(reply.status).toBe(400);
        expect(reply.body.error).toMatchObject({ code: 'validation_failed', fields });
      }
      expect(await read(admin)).toMatchObject({ current: { version: 0 }, history: [{ version: 0 }] });
    });

    it('a lead saves the next version; a save based on an older version is refused; every version is kept', async () => {
      const first = await save(one.lead, {
        rules: [OWNER_KEEPS],
        note: 'Simpler rules for the season',
        basedOnVersion: 0,
      });
      expect(first.status).toBe(200);
      expect(first.body.current).toEqual({
        version: 1,
        rules: [OWNER_KEEPS],
        changedBy: one.leadUser.name,
        changedAt: clock,
        note: 'Simpler rules for the season',
      });

      const stale = await save(admin, { rules: DEFAULT_REGULATIONS, note: 'Back to the defaults', basedOnVersion: 0 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toBe(
        `The regulations were changed by ${one.leadUser.name} (version 1) after you opened version 0; nothing was saved. Reload them and make your change again.`,
      );

      // Two people saving on the same version at the same moment: exactly one wins.
      const race = await Promise.all([
        save(admin, { rules: DEFAULT_REGULATIONS, note: 'a', basedOnVersion: 1 }),
        save(two.lead, { rules: [], note: 'b', basedOnVersion: 1 }),
      ]);
      expect(race.map((r) => r.status).sort()).toEqual([200, 409]);

      const body = await read(two.manager);
      expect(body.current.version).toBe(2);
      expect(body.history.map((h) => [h.version, h.ruleCount])).toEqual([
        [2, body.current.rules.length],
        [1, 1],
        [0, 4],
      ]);
      expect(body.history[1]).toEqual({
        version: 1,
        changedBy: one.leadUser.name,
        changedAt: clock,
        note: 'Simpler rules for the season',
        ruleCount: 1,
      });
    });

    it('a case is judged once, by the version in force when it opens; later edits never rewrite it', async () => {
      const before = await read(admin);
      const older = await openCase(admin, one, two, clock);
      expect(older.caseDoc.recommendation?.regulationsVersion).toBe(before.current.version);

      const edited = await save(one.lead, {
        rules: [OWNER_KEEPS],
        note: 'Owner keeps',
        basedOnVersion: before.current.version,
      });
      expect(edited.status).toBe(200);
      const { checkpoint } = await admin.pullAll('cases');
      const newer = await openCase(admin, one, two, clock);
      expect(newer.caseDoc.recommendation).toMatchObject({
        outcome: { type: 'stayWithOwner' },
        ruleId: 'owner-keeps',
        ruleNumber: 1,
        explanation: "Rule 1 — 'The owner keeps the client': it applies to every case.",
        regulationsVersion: edited.body.current.version,
      });
      // Only the new case was written since the edit: the older one kept its recommendation and its seq.
      expect((await admin.pullAll('cases', checkpoint)).documents.map((c) => c.id)).toEqual([newer.caseDoc.id]);
      expect((await admin.pullAll('cases')).documents.find((c) => c.id === older.caseDoc.id)).toEqual(older.caseDoc);
    });

    it("a colleague's request from a household the owner serves is seen by the endpoint as such", async () => {
      const SPOUSE: Rule = {
        id: 'spouse',
        name: 'A spouse stays with the manager of the family',
        conditions: { newcomerViaHousehold: true },
        outcome: { type: 'stayWithOwner' },
      };
      const current = (await read(admin)).current;
      expect(
        (
          await save(one.lead, {
            rules: [SPOUSE, ...DEFAULT_REGULATIONS],
            note: 'Families stay together',
            basedOnVersion: current.version,
          })
        ).status,
      ).toBe(200);
      const colleagueUser = await admin.createUser({
        username: `c-${Date.now()}`,
        password: TEST_PASSWORD,
        name: 'Colleague',
        officeId: one.office.id,
        role: 'manager',
      });
      const colleague = {
        office: one.office,
        managerUser: colleagueUser,
        manager: await admin.login(colleagueUser.username, TEST_PASSWORD),
      };
      const home = freshPhone();
      // The owner serves the husband; the colleague takes the wife's call on the family's home phone and links her to the household.
      const husband = ownedClient(one, {
        fullName: 'Ivanov Petr',
        phones: [phone(home)],
        householdId: 'family-ivanov',
        createdAt: clock - 30 * 86_400_000,
        updatedAt: clock,
        lastActivityAt: clock,
      });
      const wife = ownedClient(colleague, {
        fullName: 'Ivanova Anna',
        phones: [phone(home)],
        householdId: 'family-ivanov',
        createdAt: clock,
        updatedAt: clock,
        lastActivityAt: clock,
      });
      expect((await one.manager.push('clients', inserts([husband]))).status).toBe(200);
      expect((await colleague.manager.push('clients', inserts([wife]))).status).toBe(200);
      const caseDoc = (await admin.pullAll('cases')).documents.find((c) => c.id === caseIdFor(husband.id, wife.id));
      expect(caseDoc?.recommendation).toMatchObject({ ruleId: 'spouse', outcome: { type: 'stayWithOwner' } });

      // Without the household link the same call is an ordinary in-office duplicate.
      const other = freshPhone();
      const client = ownedClient(one, {
        fullName: 'Smirnov Oleg',
        phones: [phone(other)],
        createdAt: clock - 30 * 86_400_000,
        updatedAt: clock,
        lastActivityAt: clock,
      });
      const again = ownedClient(colleague, {
        fullName: 'Smirnova Olga',
        phones: [phone(other)],
        createdAt: clock,
        updatedAt: clock,
        lastActivityAt: clock,
      });
      expect((await one.manager.push('clients', inserts([client]))).status).toBe(200);
      expect((await colleague.manager.push('clients', inserts([again]))).status).toBe(200);
      const plain = (await admin.pullAll('cases')).documents.find((c) => c.id === caseIdFor(client.id, again.id));
      expect(plain?.recommendation?.ruleId).not.toBe('spouse');
    });
  });
}
