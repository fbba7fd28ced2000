// The online claims look-up (POST /claims/lookup), its budget, its audit and the key secret's
// rotation, on both stores: another office's client is found only by a key a person typed, and
// someone trying every number stops at the budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeySecret } from '../../electron/sync-server/db/migrations';
import type { SyncServer } from '../../electron/sync-server/server';
import { caseIdFor } from '../../shared/cases/caseId';
import { createKeyHasher } from '../../shared/identity';
import {
  API_PATHS,
  DEFAULT_LOOKUP_BUDGET,
  type ApiError,
  type ClaimsLookupResponse,
  type KeySecretRotation,
  type LookupBudget,
  type LookupUsageResponse,
} from '../../shared/sync';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { startServer } from './testServer';

const HOUR = 3600_000;
const T0 = 1_700_000_000_000;

/** `count` phone keys of one prefix starting at `from`: what someone guessing the hidden digits would send. */
function guesses(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `phone:+7916${String(from + i).padStart(7, '0')}`);
}

const lookup = (api: Api, keys: unknown) =>
  api.request<ClaimsLookupResponse & ApiError>('POST', API_PATHS.claimsLookup, { keys });

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`claims look-up on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let north: OfficeTeam;
    let south: OfficeTeam;
    let clock = Date.now();

    async function usageOf(userId: string) {
      const reply = await admin.request<LookupUsageResponse>('GET', `${API_PATHS.adminLookups}?since=0`);
      expect(reply.status).toBe(200);
      return reply.body.users.find((u) => u.userId === userId);
    }

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore(), { now: () => clock }));
      [north, south] = await Promise.all([createTeam(admin, 'North'), createTeam(admin, 'South')]);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it("finds another office's client by a key typed in this office, never the office's own", async () => {
      // Stated times the endpoint believes: after the sessions signed in, not in the future.
      const t0 = clock;
      const petr = ownedClient(north, {
        fullName: 'Иванов Пётр Сергеевич',
        phones: [phone('+79161234567')],
        emails: ['petr@alfa-travel.ru'],
        createdAt: t0,
        lastActivityAt: t0 + 5,
      });
      const southOwn = ownedClient(south, { phones: [phone('+79161234567')], createdAt: t0 + 1_000 });
      const onlySouth = ownedClient(south, { phones: [phone('+79037654321')], createdAt: t0 });
      await north.manager.push('clients', inserts([petr]));
      await south.manager.push('clients', inserts([southOwn, onlySouth]));

      const reply = await lookup(south.manager, [
        'phone:+79161234567',
        'domain:alfa-travel.ru',
        'phone:+79037654321',
        'email:nobody@example.com',
        'phone:+79161234567',
      ]);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('cache-control')).toBe('no-store');
      const north1 = {
        clientId: petr.id,
        clientLabel: 'Иванов П. С.',
        ownerId: north.managerUser.id,
        ownerName: north.managerUser.name,
        officeId: north.office.id,
        officeName: north.office.name,
        since: t0,
        lastActivityAt: t0 + 5,
      };
      expect(reply.body.results).toEqual([
        { key: 'phone:+79161234567', matches: [{ ...north1, kind: 'phone', display: '+7 916 ***-**-67' }] },
        {
          key: 'domain:alfa-travel.ru',
          matches: [{ ...north1, kind: 'domain', display: 'alfa-travel.ru' }],
          // A company is answered counted too: the warning names its managers, not every colleague.
          companies: [
            {
              domain: 'alfa-travel.ru',
              managerId: north.managerUser.id,
              managerName: north.managerUser.name,
              officeName: north.office.name,
              clients: 1,
              since: t0,
            },
          ],
        },
        // South's own clients are South's to check locally: the look-up never answers them.
        { key: 'phone:+79037654321', matches: [] },
        { key: 'email:nobody@example.com', matches: [] },
      ]);
      expect(reply.body.budget).toEqual({ window: 'hour', used: 4, limit: 100, resetsAt: clock + HOUR });

      // An admin, who pulls every office, is answered every office.
      const all = await lookup(admin, ['phone:+79161234567']);
      expect(all.body.results[0]!.matches.map((m) => m.clientId)).toEqual([petr.id, southOwn.id]);

      const usage = await usageOf(south.managerUser.id);
      expect(usage).toMatchObject({ lastHour: 4, lastDay: 4, total: 4, lookups: 4, found: 2, refused: 0 });
    });

    it("names a company's managers in detection's order: on a tie in time, the smaller client id first", async () => {
      const t0 = clock;
      // The manager with the greater account id holds the smaller client id, so ordering by account
      // (as the look-up once did) and by client (as detection does) disagree.
      const [later, earlier] = [north.managerUser, north.leadUser].sort((a, b) => b.id.localeCompare(a.id)) as [
        typeof north.managerUser,
        typeof north.leadUser,
      ];
      const api = (user: { id: string }) => (user.id === north.managerUser.id ? north.manager : north.lead);
      const first = ownedClient(
        { office: north.office, managerUser: later },
        { id: '00000000-0000-4000-8000-000000000001', emails: ['a@tie-corp.ru'], createdAt: t0 },
      );
      const second = ownedClient(
        { office: north.office, managerUser: earlier },
        { id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', emails: ['b@tie-corp.ru'], createdAt: t0 },
      );
      expect((await api(later).push('clients', inserts([first]))).status).toBe(200);
      expect((await api(earlier).push('clients', inserts([second]))).status).toBe(200);
      const reply = await lookup(south.manager, ['domain:tie-corp.ru']);
      expect(reply.status).toBe(200);
      expect(reply.body.results[0]!.companies!.map((c) => c.managerId)).toEqual([later.id, earlier.id]);
    });

    it('refuses malformed bodies with 400 and the fields, records nothing; 401 without a session', async () => {
      const team = await createTeam(admin, 'Careless');
      const bad: Array<[unknown, string]> = [
        [undefined, 'keys'],
        ['phone:+79161234567', 'keys'],
        [guesses(0, 21), 'keys'],
        [['+79161234567'], 'keys[0]'],
        [['phone:+7 916 123-45-67'], 'keys[0]'],
        [['email:Ivan@Example.com'], 'keys[0]'],
        [['email:ivan.example.com'], 'keys[0]'],
        [['domain:localhost'], 'keys[0]'],
        [['phone:+79161234567', 42], 'keys[1]'],
        [[`email:${'a'.repeat(320)}@example.com`], 'keys[0]'],
      ];
      for (const [keys, field] of bad) {
        const reply = await lookup(team.manager, keys);
        expect(reply.status, JSON.stringify(keys)).toBe(400);
        expect(reply.body.error.code).toBe('validation_failed');
        expect(reply.body.error.fields?.map((f) => f.field)).toContain(field);
      }
      expect((await team.manager.request('POST', API_PATHS.claimsLookup, '{"keys": [')).status).toBe(400);
      expect((await lookup(anonymous, ['phone:+79161234567'])).status).toBe(401);
      expect(await usageOf(team.managerUser.id)).toBeUndefined();
      // An empty list costs nothing and reports the budget.
      const empty = await lookup(team.manager, []);
      expect(empty.body).toEqual({ results: [], budget: { window: 'hour', used: 0, limit: 100, resetsAt: null } });
      expect(await usageOf(team.managerUser.id)).toBeUndefined();
    });

    it('stops someone trying every number at the budget: 429, Retry-After, nothing recovered beyond it; repeats are free', async () => {
      const target = ownedClient(north, { phones: [phone('+79160004321')], createdAt: T0 });
      await north.manager.push('clients', inserts([target]));
      const attacker = await createTeam(admin, 'Attacker');
      const start = clock;
      // The target's number is candidate 4321: far beyond what an hour's budget lets anyone try.
      for (let i = 0; i < 5; i++) {
        const reply = await lookup(attacker.manager, guesses(i * 20, 20));
        expect(reply.status).toBe(200);
        expect(reply.body.results.every((r) => r.matches.length === 0)).toBe(true);
      }
      const refused = await lookup(attacker.manager, guesses(100, 20));
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('too_many_requests');
      expect(refused.body.error.message).toMatch(/Nothing was looked up.*100 different phones.*last hour/);
      expect(Number(refused.headers.get('retry-after'))).toBe(3600);
      expect(refused.body.results).toBeUndefined();

      // Keys already looked up this hour cost nothing: the first twenty again are answered.
      const again = await lookup(attacker.manager, guesses(0, 20));
      expect(again.status).toBe(200);
      expect(again.body.budget).toEqual({ window: 'hour', used: 100, limit: 100, resetsAt: start + HOUR });

      // The hour slides; the day does not: 250 distinct keys in 24 hours, then nothing until they age out.
      clock = start + HOUR + 1;
      for (let i = 5; i < 10; i++) expect((await lookup(attacker.manager, guesses(i * 20, 20))).status).toBe(200);
      clock = start + 2 * HOUR + 2;
      for (let i = 10; i < 12; i++) expect((await lookup(attacker.manager, guesses(i * 20, 20))).status).toBe(200);
      const last = await lookup(attacker.manager, guesses(240, 10));
      expect(last.body.budget).toMatchObject({ window: 'day', used: 250, limit: 250, resetsAt: start + 24 * HOUR });
      const dayRefusal = await lookup(attacker.manager, guesses(250, 1));
      expect(dayRefusal.status).toBe(429);
      expect(dayRefusal.body.error.message).toMatch(/250 different phones.*last 24 hours/);
      expect(Number(dayRefusal.headers.get('retry-after'))).toBe(Math.ceil((start + 24 * HOUR - clock) / 1000));

      clock = start + 24 * HOUR + 1;
      expect((await lookup(attacker.manager, guesses(250, 20))).status).toBe(200);
      expect(await usageOf(attacker.managerUser.id)).toMatchObject({
        total: 270,
        lookups: 290,
        found: 0,
        refused: 2,
        lastAt: clock,
      });
      clock = Date.now();
    });

    it('concurrent requests of one person cannot together exceed the budget', async () => {
      const team = await createTeam(admin, 'Rush');
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) => lookup(team.manager, guesses(1_000_000 + i * 20, 20))),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
      expect(await usageOf(team.managerUser.id)).toMatchObject({ lastHour: 100, total: 100, refused: 5 });
    });

    it('an admin reads and sets the budget; nobody else reads usage or touches the budget (403)', async () => {
      expect((await admin.request<LookupBudget>('GET', API_PATHS.adminLookupBudget)).body).toEqual(
        DEFAULT_LOOKUP_BUDGET,
      );
      for (const api of [north.manager, north.lead]) {
        expect((await api.request('GET', API_PATHS.adminLookupBudget)).status).toBe(403);
        expect((await api.request('PUT', API_PATHS.adminLookupBudget, { perHour: 1e4, perDay: 1e5 })).status).toBe(403);
        expect((await api.request('GET', API_PATHS.adminLookups)).status).toBe(403);
        expect((await api.request('POST', API_PATHS.adminRotateKeySecret)).status).toBe(403);
      }
      expect((await anonymous.request('GET', API_PATHS.adminLookups)).status).toBe(401);
      const invalid = await admin.request<ApiError>('PUT', API_PATHS.adminLookupBudget, { perHour: 50, perDay: 10 });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.fields).toEqual([{ field: 'perDay', message: expect.any(String) }]);
      expect((await admin.request('GET', `${API_PATHS.adminLookups}?since=yesterday`)).status).toBe(400);

      const team = await createTeam(admin, 'Tight');
      const set = await admin.request<LookupBudget>('PUT', API_PATHS.adminLookupBudget, { perHour: 3, perDay: 5 });
      expect(set.body).toEqual({ perHour: 3, perDay: 5 });
      try {
        expect((await lookup(team.manager, guesses(2_000_000, 3))).status).toBe(200);
        const over = await lookup(team.manager, guesses(2_000_003, 1));
        expect(over.status).toBe(429);
        expect(over.body.error.message).toContain('3 different phones, emails and domains per hour');
        const usage = await admin.request<LookupUsageResponse>('GET', API_PATHS.adminLookups);
        expect(usage.body.budget).toEqual({ perHour: 3, perDay: 5 });
        expect(usage.body.users.find((u) => u.userId === team.managerUser.id)).toMatchObject({
          userName: team.managerUser.name,
          officeId: team.office.id,
          lastHour: 3,
          refused: 1,
        });
      } finally {
        await admin.request('PUT', API_PATHS.adminLookupBudget, DEFAULT_LOOKUP_BUDGET);
      }
    });

    it('rotating the key secret re-hashes every live claim at once; look-ups and detection carry on', async () => {
      const client = ownedClient(north, { phones: [phone('+79165550101')], createdAt: T0 });
      await north.manager.push('clients', inserts([client]));
      const before = await readKeySecret(server.store);
      const { checkpoint } = await north.lead.pullAll('claims');

      const reply = await admin.request<KeySecretRotation>('POST', API_PATHS.adminRotateKeySecret);
      expect(reply.status).toBe(200);
      const after = await readKeySecret(server.store);
      expect(after).not.toBe(before);
      expect(after).toMatch(/^[0-9a-f]{64}$/);
      const pulled = (await admin.pullAll('claims')).documents;
      const live = [...new Map(pulled.map((c) => [c.id, c])).values()].filter((c) => !c._deleted);
      expect(reply.body).toMatchObject({ rotatedAt: clock, claims: live.length, released: live.length });
      expect(reply.body.clients).toBeGreaterThan(0);

      // North's office drops its old claims and receives the same claims under new hashes.
      const moved = (await north.lead.pullAll('claims', checkpoint)).documents.filter((c) => c.clientId === client.id);
      const hash = createKeyHasher(after);
      expect(moved.filter((c) => c._deleted).map((c) => c.keyHash)).toEqual([
        createKeyHasher(before)('phone:+79165550101'),
      ]);
      expect(moved.filter((c) => !c._deleted).map((c) => c.keyHash)).toEqual([hash('phone:+79165550101')]);

      const found = await lookup(south.manager, ['phone:+79165550101']);
      expect(found.body.results[0]!.matches.map((m) => m.clientId)).toEqual([client.id]);
      // A client pushed after the rotation is hashed with the new secret and still opens its case.
      const newcomer = ownedClient(south, { phones: [phone('+79165550101')], createdAt: T0 + HOUR });
      await south.manager.push('clients', inserts([newcomer]));
      const cases = (await south.manager.pullAll('cases')).documents.map((c) => c.id);
      expect(cases).toContain(caseIdFor(client.id, newcomer.id));
    });
  });
}
