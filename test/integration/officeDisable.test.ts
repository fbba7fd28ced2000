// Disabling an office, on both stores: its people are signed out and refused (and told why only with
// the right password), nobody may be placed in it or named by a push, requests are routed past it,
// only an admin does it, the last active admin is kept, and enabling gives back exactly what it took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import {
  API_PATHS,
  type AdminUser,
  type ApiError,
  type CreatedIntakeKey,
  type Directory,
  type IntakeAnswer,
  type Office,
} from '../../shared/sync';
import type { Api } from './api';
import { createIntakeKey, createTeams, TEST_PASSWORD, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { freshPhone, HISTORY } from './resolutionFixtures';
import { startServer } from './testServer';

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`disabling an office on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let north: OfficeTeam;
    let south: OfficeTeam;
    let southKey: CreatedIntakeKey;

    const signIn = (username: string, password = TEST_PASSWORD) =>
      anonymous.request<ApiError>('POST', API_PATHS.login, { username, password });
    const disable = (by: Api, officeId: string) =>
      by.request<Office & ApiError>('POST', API_PATHS.adminOfficeDisable(officeId), {});
    const enable = (by: Api, officeId: string) =>
      by.request<Office & ApiError>('POST', API_PATHS.adminOfficeEnable(officeId), {});

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore()));
      [north, south] = (await createTeams(admin, 'North', 'South')) as [OfficeTeam, OfficeTeam];
      southKey = await createIntakeKey(admin, south.office.name, 'site form');
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('only an admin disables or enables an office; bad ids are clear refusals', async () => {
      expect((await disable(north.lead, north.office.id)).status).toBe(403);
      expect((await disable(south.manager, north.office.id)).status).toBe(403);
      expect((await disable(anonymous, north.office.id)).status).toBe(401);
      expect((await enable(north.lead, north.office.id)).status).toBe(403);
      const unknown = await disable(admin, 'no-such-office');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(/no office/);
      expect((await disable(admin, 'x'.repeat(65))).status).toBe(400);
      // Nothing changed by the refusals.
      expect((await north.manager.pull('clients', null)).status).toBe(200);
    });

    it("signs the office's people out, refuses their sign-in, and routes its client's requests elsewhere", async () => {
      const number = freshPhone();
      const client = ownedClient(north, {
        fullName: 'Иванова Мария',
        phones: [phone(number)],
        createdAt: Date.now() - 86_400_000,
        updatedAt: Date.now() - 86_400_000,
        importedFrom: HISTORY,
      });
      expect((await admin.push('clients', inserts([client]))).status).toBe(200);

      const disabled = await disable(admin, north.office.id);
      expect(disabled).toMatchObject({ status: 200, body: { id: north.office.id, disabled: true } });
      expect((await north.manager.pull('clients', null)).status).toBe(401);
      expect((await north.lead.request('GET', API_PATHS.directory)).status).toBe(401);
      // The reason is told to the right password only; a guess gets the answer any wrong password gets.
      const refused = await signIn(north.managerUser.username);
      expect(refused).toMatchObject({ status: 401, body: { error: { code: 'office_disabled' } } });
      const guessed = await signIn(north.managerUser.username, 'not the password');
      expect(guessed).toMatchObject({
        status: 401,
        body: { error: { code: 'unauthorized', message: 'Wrong username or password.' } },
      });
      // Disabling twice is no error; the directory says so to everyone.
      expect((await disable(admin, north.office.id)).status).toBe(200);
      const directory = (await south.manager.request<Directory>('GET', API_PATHS.directory)).body;
      expect(directory.offices.find((o) => o.id === north.office.id)).toMatchObject({ disabled: true });

      // The client stays North's, but the call goes to a person who can take it.
      const answer = await anonymous.request<IntakeAnswer>(
        'POST',
        API_PATHS.requests,
        { externalId: `disabled-${number}`, channel: 'call', name: 'Иванова Мария', phones: [number], emails: [] },
        { 'x-api-key': southKey.key },
      );
      expect(answer.status).toBe(201);
      expect(answer.body.assignee.officeId).toBe(south.office.id);
      expect([north.managerUser.id, north.leadUser.id]).not.toContain(answer.body.assignee.userId);
      // A site form of the closed office itself is refused whole, and says why.
      const northKey = await createIntakeKey(admin, north.office.id, 'north form');
      const toClosed = await anonymous.request<ApiError>(
        'POST',
        API_PATHS.requests,
        { externalId: `closed-${number}`, channel: 'call', name: 'Сидоров', phones: [freshPhone()], emails: [] },
        { 'x-api-key': northKey.key },
      );
      expect(toClosed.status).toBe(409);
      expect(toClosed.body.error.message).toMatch(/enable the office/);
    });

    it('nobody is placed in a disabled office or named by a push as one of its people', async () => {
      const placed = await admin.request<ApiError>('PUT', API_PATHS.adminUserPlacement(south.managerUser.id), {
        role: 'manager',
        officeId: north.office.id,
      });
      expect(placed.status).toBe(409);
      expect(placed.body.error.message).toMatch(/is disabled/);
      const created = await admin.request<ApiError>('POST', API_PATHS.adminUsers, {
        username: 'north-newcomer',
        password: TEST_PASSWORD,
        name: 'Новичок',
        officeId: north.office.id,
        role: 'manager',
      });
      expect(created.status).toBe(409);
      const pushed = await admin.push('clients', inserts([ownedClient(north, { fullName: 'Петров Пётр' })]));
      expect(pushed.status).toBe(403);
      const users = (await admin.request<AdminUser[]>('GET', API_PATHS.adminUsers)).body;
      expect(users.some((u) => u.username === 'north-newcomer')).toBe(false);
    });

    it('enabling gives back the sign-ins it took, and no more', async () => {
      // Disabled on their own while the office was closed: stays disabled.
      expect((await admin.request('POST', API_PATHS.adminUserDisable(north.leadUser.id), {})).status).toBe(200);
      const enabled = await enable(admin, north.office.id);
      expect(enabled).toMatchObject({ status: 200, body: { id: north.office.id, disabled: false } });
      expect((await signIn(north.managerUser.username)).status).toBe(200);
      expect(await signIn(north.leadUser.username)).toMatchObject({
        status: 401,
        body: { error: { code: 'account_disabled' } },
      });
      // The sessions the disabling ended stay ended.
      expect((await north.manager.pull('clients', null)).status).toBe(401);
      expect((await enable(admin, 'no-such-office')).status).toBe(404);
    });

    it('keeps an active admin: the office of the last one cannot be disabled', async () => {
      const office = (await admin.request<Office>('POST', API_PATHS.adminOffices, { name: 'Head office' })).body;
      const headAdmin = (
        await admin.request<AdminUser>('POST', API_PATHS.adminUsers, {
          username: 'head-admin',
          password: TEST_PASSWORD,
          name: 'Главный админ',
          officeId: office.id,
          role: 'admin',
        })
      ).body;
      const boot = (await admin.request<AdminUser[]>('GET', API_PATHS.adminUsers)).body.find(
        (u) => u.username === 'admin',
      )!;
      const head = await anonymous.login('head-admin', TEST_PASSWORD);
      // With the first admin disabled, the head office's admin is the last one.
      expect((await head.request('POST', API_PATHS.adminUserDisable(boot.id), {})).status).toBe(200);
      const refused = await disable(head, office.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/last active admin/);
      expect((await head.request('GET', API_PATHS.adminUsers)).status).toBe(200);
      expect((await head.request('POST', API_PATHS.adminUserEnable(boot.id), {})).status).toBe(200);
      expect(headAdmin.officeId).toBe(office.id);
    });
  });
}
