// Sign-in, throttling, sign-out, expiry, disabling and password resets, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import {
  API_PATHS,
  type AdminUser,
  type ApiError,
  type Directory,
  type LoginResponse,
  type Office,
} from '../../shared/sync';
import type { Api } from './api';
import { createTeam, TEST_PASSWORD, type OfficeTeam } from './api';
import { backends } from './backends';
import { ADMIN_PASSWORD, startServer } from './testServer';

const HOUR = 3600_000;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`accounts and sessions on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let team: OfficeTeam;
    let clock = Date.now();

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore(), {
        now: () => clock,
        tokenTtlMs: HOUR,
        throttle: { maxFailures: 3, lockMs: 60_000 },
      }));
      team = await createTeam(admin);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('health needs no sign-in', async () => {
      const reply = await anonymous.request('GET', API_PATHS.health);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ status: 'ok', database: backend.name });
    });

    it('signs in with the contract shape; usernames are case-insensitive', async () => {
      const reply = await anonymous.request<LoginResponse>('POST', API_PATHS.login, {
        username: team.managerUser.username.toUpperCase(),
        password: TEST_PASSWORD,
      });
      expect(reply.status).toBe(200);
      expect(reply.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(reply.body.user).toEqual({
        id: team.managerUser.id,
        name: team.managerUser.name,
        officeId: team.office.id,
        role: 'manager',
      });
    });

    it('wrong credentials are 401 with one message for unknown users and wrong passwords', async () => {
      const wrong = await anonymous.request<ApiError>('POST', API_PATHS.login, {
        username: team.leadUser.username,
        password: 'not the password',
      });
      const unknown = await anonymous.request<ApiError>('POST', API_PATHS.login, {
        username: 'nobody-at-all',
        password: 'whatever pass',
      });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.error.message).toBe(unknown.body.error.message);
      expect((await anonymous.request('POST', API_PATHS.login, { username: '' })).status).toBe(400);
    });

    it('throttles repeated failures per username and address with 429 and Retry-After, then lets the lock expire', async () => {
      const fresh = await createTeam(admin, 'Throttle');
      const attempt = (password: string) =>
        anonymous.request<ApiError>('POST', API_PATHS.login, { username: fresh.managerUser.username, password });
      for (let i = 0; i < 3; i++) expect((await attempt('bad password!')).status).toBe(401);
      const locked = await attempt(TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('too_many_requests');
      expect(Number(locked.headers.get('retry-after'))).toBe(60);
      // Another username from the same address is not affected.
      expect(
        (
          await anonymous.request('POST', API_PATHS.login, {
            username: fresh.leadUser.username,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(200);
      clock += 61_000;
      expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    });

    it('logout revokes the token', async () => {
      const session = await anonymous.login(team.leadUser.username, TEST_PASSWORD);
      expect((await session.request('GET', API_PATHS.directory)).status).toBe(200);
      expect((await session.request('POST', API_PATHS.logout)).status).toBe(204);
      expect((await session.request('GET', API_PATHS.directory)).status).toBe(401);
    });

    it('tokens expire', async () => {
      const session = await anonymous.login(team.leadUser.username, TEST_PASSWORD);
      clock += HOUR + 1;
      const reply = await session.request<ApiError>('GET', API_PATHS.directory);
      expect(reply.status).toBe(401);
      expect(reply.body.error.message).toMatch(/expired/);
      admin = await anonymous.login('admin', ADMIN_PASSWORD);
      team = { ...team, manager: await anonymous.login(team.managerUser.username, TEST_PASSWORD) };
    });

    it('disabling a user revokes its sessions and refuses its sign-in; a reset password revokes sessions too', async () => {
      const victim = await createTeam(admin, 'Disable');
      const reset = await admin.request('POST', API_PATHS.adminUserPassword(victim.leadUser.id), {
        password: 'a brand new password',
      });
      expect(reset.status).toBe(200);
      expect((await victim.lead.request('GET', API_PATHS.directory)).status).toBe(401);
      const lead = await anonymous.login(victim.leadUser.username, 'a brand new password');

      expect((await admin.request('POST', API_PATHS.adminUserDisable(victim.managerUser.id), {})).status).toBe(200);
      expect((await victim.manager.pull('clients', null)).status).toBe(401);
      expect(
        (
          await anonymous.request('POST', API_PATHS.login, {
            username: victim.managerUser.username,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(401);
      expect((await admin.request('POST', API_PATHS.adminUserDisable('no-such-user'), {})).status).toBe(404);

      // Enabled again: the password they had signs them in; the sessions the disabling ended stay ended.
      const enabled = await admin.request<AdminUser>('POST', API_PATHS.adminUserEnable(victim.managerUser.id), {});
      expect(enabled).toMatchObject({ status: 200, body: { id: victim.managerUser.id, disabled: false } });
      expect((await victim.manager.pull('clients', null)).status).toBe(401);
      await anonymous.login(victim.managerUser.username, TEST_PASSWORD);
      expect((await admin.request('POST', API_PATHS.adminUserEnable('no-such-user'), {})).status).toBe(404);
      // Nobody but an admin gives the access back, not even to themselves.
      await admin.request('POST', API_PATHS.adminUserDisable(victim.managerUser.id), {});
      expect((await lead.request('POST', API_PATHS.adminUserEnable(victim.managerUser.id), {})).status).toBe(403);
      expect((await anonymous.request('POST', API_PATHS.adminUserEnable(victim.managerUser.id), {})).status).toBe(401);
    });

    it('the last active admin cannot be disabled', async () => {
      const self = (await admin.request<Directory>('GET', API_PATHS.directory)).body.users.find(
        (u) => u.role === 'admin' && !u.disabled,
      );
      const reply = await admin.request<ApiError>('POST', API_PATHS.adminUserDisable(self!.id), {});
      expect(reply.status).toBe(409);
    });

    it('an admin renames an office and changes a role and office; the person is signed out', async () => {
      const moving = await createTeam(admin, 'Moving');
      const renamed = await admin.request<Office>('PUT', API_PATHS.adminOffice(moving.office.id), {
        name: `  ${moving.office.name} renamed `,
      });
      expect(renamed).toMatchObject({
        status: 200,
        body: { id: moving.office.id, name: `${moving.office.name} renamed` },
      });
      expect((await moving.manager.request('GET', API_PATHS.directory)).status).toBe(200);

      const placed = await admin.request<AdminUser>('PUT', API_PATHS.adminUserPlacement(moving.managerUser.id), {
        role: 'lead',
        officeId: team.office.id,
      });
      expect(placed).toMatchObject({ status: 200, body: { role: 'lead', officeId: team.office.id, disabled: false } });
      expect((await moving.manager.request('GET', API_PATHS.directory)).status).toBe(401);
      const again = await anonymous.login(moving.managerUser.username, TEST_PASSWORD);
      expect((await again.request('GET', API_PATHS.directory)).status).toBe(200);
      // The same placement again changes nothing and signs no one out.
      expect(
        (
          await admin.request('PUT', API_PATHS.adminUserPlacement(moving.managerUser.id), {
            role: 'lead',
            officeId: team.office.id,
          })
        ).status,
      ).toBe(200);
      expect((await again.request('GET', API_PATHS.directory)).status).toBe(200);
    });

    it('refuses bad renames and placements with a 4xx that names the field', async () => {
      const bad = async (method: 'PUT', path: string, body: unknown) => {
        const reply = await admin.request<ApiError>(method, path, body);
        return { status: reply.status, fields: (reply.body.error.fields ?? []).map((f) => f.field) };
      };
      const user = team.managerUser.id;
      expect(await bad('PUT', API_PATHS.adminOffice(team.office.id), { name: '   ' })).toEqual({
        status: 400,
        fields: ['name'],
      });
      expect(await bad('PUT', API_PATHS.adminOffice(team.office.id), { name: 'x'.repeat(201) })).toEqual({
        status: 400,
        fields: ['name'],
      });
      expect(await bad('PUT', API_PATHS.adminOffice(team.office.id), { name: 'Ok', extra: 1 })).toEqual({
        status: 400,
        fields: ['extra'],
      });
      expect(await bad('PUT', API_PATHS.adminOffice(team.office.id), [])).toEqual({ status: 400, fields: ['name'] });
      expect((await bad('PUT', API_PATHS.adminOffice('no-such-office'), { name: 'Nowhere' })).status).toBe(404);
      expect((await bad('PUT', API_PATHS.adminOffice('x'.repeat(65)), { name: 'Nowhere' })).status).toBe(400);
      const other = await createTeam(admin, 'Taken');
      expect(
        await bad('PUT', API_PATHS.adminOffice(team.office.id), { name: other.office.name.toUpperCase() }),
      ).toEqual({
        status: 409,
        fields: ['name'],
      });

      expect(await bad('PUT', API_PATHS.adminUserPlacement(user), { role: 'boss', officeId: team.office.id })).toEqual({
        status: 400,
        fields: ['role'],
      });
      expect(await bad('PUT', API_PATHS.adminUserPlacement(user), { role: 'manager', officeId: null })).toEqual({
        status: 400,
        fields: ['officeId'],
      });
      expect(await bad('PUT', API_PATHS.adminUserPlacement(user), { role: 'manager', officeId: 7 })).toEqual({
        status: 400,
        fields: ['officeId'],
      });
      expect(
        await bad('PUT', API_PATHS.adminUserPlacement(user), { role: 'manager', officeId: 'no-such-office' }),
      ).toEqual({
        status: 400,
        fields: ['officeId'],
      });
      expect(
        await bad('PUT', API_PATHS.adminUserPlacement(user), {
          role: 'manager',
          officeId: team.office.id,
          disabled: true,
        }),
      ).toEqual({ status: 400, fields: ['disabled'] });
      expect(
        (await bad('PUT', API_PATHS.adminUserPlacement('no-such-user'), { role: 'admin', officeId: null })).status,
      ).toBe(404);
      const unchanged = (await admin.request<AdminUser[]>('GET', API_PATHS.adminUsers)).body.find((u) => u.id === user);
      expect(unchanged).toMatchObject({ role: 'manager', officeId: team.office.id });
    });

    it('the last active admin cannot be demoted; with a second admin it can', async () => {
      const users = (await admin.request<AdminUser[]>('GET', API_PATHS.adminUsers)).body;
      const self = users.find((u) => u.username === 'admin')!;
      const demote = { role: 'lead', officeId: team.office.id };
      const refused = await admin.request<ApiError>('PUT', API_PATHS.adminUserPlacement(self.id), demote);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/last active admin/);
      // Moving the last admin into an office keeps them an admin: allowed.
      const housed = await admin.request<AdminUser>('PUT', API_PATHS.adminUserPlacement(self.id), {
        role: 'admin',
        officeId: team.office.id,
      });
      expect(housed).toMatchObject({ status: 200, body: { role: 'admin', officeId: team.office.id } });
      admin = await anonymous.login('admin', ADMIN_PASSWORD);

      const second = await admin.request<AdminUser>('POST', API_PATHS.adminUsers, {
        username: 'second-admin',
        password: TEST_PASSWORD,
        name: 'Second Admin',
        officeId: null,
        role: 'admin',
      });
      expect(second.status).toBe(201);
      const secondAdmin = await anonymous.login('second-admin', TEST_PASSWORD);
      expect((await secondAdmin.request('PUT', API_PATHS.adminUserPlacement(self.id), demote)).status).toBe(200);
      expect(
        (await secondAdmin.request('PUT', API_PATHS.adminUserPlacement(self.id), { role: 'admin', officeId: null }))
          .status,
      ).toBe(200);
      admin = await anonymous.login('admin', ADMIN_PASSWORD);
      expect((await admin.request('POST', API_PATHS.adminUserDisable(second.body.id), {})).status).toBe(200);
    });

    it('the directory lists offices and people without secrets or usernames', async () => {
      const reply = await team.manager.request<Directory>('GET', API_PATHS.directory);
      expect(reply.status).toBe(200);
      expect(reply.body.offices).toContainEqual(team.office);
      const me = reply.body.users.find((u) => u.id === team.managerUser.id);
      expect(me).toEqual({
        id: team.managerUser.id,
        name: team.managerUser.name,
        officeId: team.office.id,
        role: 'manager',
        disabled: false,
      });
      expect(JSON.stringify(reply.body)).not.toMatch(/scrypt|password|username/);
    });

    it('creating users: field messages on 400 and 409 on a duplicate username or office name', async () => {
      const bad = await admin.request<ApiError>('POST', API_PATHS.adminUsers, {
        username: ' ',
        password: 'short',
        name: '',
        role: 'boss',
        officeId: null,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields?.map((f) => f.field).sort()).toEqual([
        'name',
        'officeId',
        'password',
        'role',
        'username',
      ]);
      const noOffice = await admin.request<ApiError>('POST', API_PATHS.adminUsers, {
        username: 'x-no-office',
        password: TEST_PASSWORD,
        name: 'X',
        role: 'manager',
        officeId: 'nope',
      });
      expect(noOffice.status).toBe(400);
      expect(noOffice.body.error.fields).toEqual([{ field: 'officeId', message: 'No such office.' }]);
      const dup = await admin.request<ApiError>('POST', API_PATHS.adminUsers, {
        username: team.managerUser.username.toUpperCase(),
        password: TEST_PASSWORD,
        name: 'Twin',
        role: 'manager',
        officeId: team.office.id,
      });
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe('duplicate_username');
      const dupOffice = await admin.request<ApiError>('POST', API_PATHS.adminOffices, {
        name: team.office.name.toLowerCase(),
      });
      expect(dupOffice.status).toBe(409);
    });

    it("changing one's own password: checks the input and the current password, ends the other sessions only", async () => {
      const own = await createTeam(admin, 'Own password');
      const username = own.managerUser.username;
      const change = (api: Api, body: unknown) => api.request<ApiError>('POST', API_PATHS.changePassword, body);

      expect((await change(anonymous, { currentPassword: TEST_PASSWORD, newPassword: 'long enough now' })).status).toBe(
        401,
      );
      const bad = await change(own.manager, { newPassword: 'short' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields?.map((f) => f.field).sort()).toEqual(['currentPassword', 'newPassword']);
      const same = await change(own.manager, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      expect(same.body.error.fields).toEqual([
        { field: 'newPassword', message: 'The new password must differ from the current one.' },
      ]);

      const wrong = await change(own.manager, { currentPassword: 'not my password', newPassword: 'long enough now' });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.fields?.[0]?.field).toBe('currentPassword');

      const elsewhere = await anonymous.login(username, TEST_PASSWORD);
      const done = await change(own.manager, { currentPassword: TEST_PASSWORD, newPassword: 'my new password 1' });
      expect(done.status).toBe(204);
      expect((await own.manager.request('GET', API_PATHS.directory)).status).toBe(200);
      expect((await elsewhere.request('GET', API_PATHS.directory)).status).toBe(401);
      expect((await anonymous.request('POST', API_PATHS.login, { username, password: TEST_PASSWORD })).status).toBe(
        401,
      );
      await anonymous.login(username, 'my new password 1');
    });

    it('wrong current passwords count toward the sign-in throttle', async () => {
      const own = await createTeam(admin, 'Guessing');
      const guess = (currentPassword: string) =>
        own.lead.request<ApiError>('POST', API_PATHS.changePassword, {
          currentPassword,
          newPassword: 'a new password!',
        });
      for (let i = 0; i < 3; i++) expect((await guess(`guess number ${i}`)).status).toBe(403);
      const locked = await guess(TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(
        (await anonymous.request('POST', API_PATHS.login, { username: own.leadUser.username, password: TEST_PASSWORD }))
          .status,
      ).toBe(429);
      clock += 61_000;
      expect((await guess(TEST_PASSWORD)).status).toBe(204);
    });
  });
}
