// `claimdesk admin …` against a running endpoint, in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../electron/sync-server/cli/commands/admin';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, type ApiError, type Directory, type IntakeAnswer, type IntakeKeyListing } from '../../shared/sync';
import { Api } from './api';
import { backends } from './backends';
import { ADMIN_PASSWORD, startServer } from './testServer';

const [pglite] = backends();

describe('claimdesk admin', () => {
  let server: SyncServer;
  let admin: Api;
  beforeAll(async () => {
    ({ server, admin } = await startServer(await pglite!.freshStore()));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await pglite!.cleanup();
  });

  async function cli(
    args: string[],
    env: Record<string, string> = {},
  ): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), cwd: process.cwd() };
    const code = await runAdmin([...args, '--server', server.url], io, { CLAIMDESK_PASSWORD: ADMIN_PASSWORD, ...env });
    return { code, out, err };
  }

  it('creates an office and a user who can then sign in; resets the password; disables the user', async () => {
    expect((await cli(['create-office', '--name', 'Office 1'])).code).toBe(0);
    const created = await cli(
      ['create-user', '--username', 'petya', '--name', 'Petya Ivanov', '--office', 'Office 1', '--role', 'manager'],
      { CLAIMDESK_NEW_PASSWORD: 'petya password 1' },
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    const petya = await new Api(server.url).login('petya', 'petya password 1');
    const dir = (await petya.request<Directory>('GET', API_PATHS.directory)).body;
    expect(dir.users.find((u) => u.name === 'Petya Ivanov')).toMatchObject({
      role: 'manager',
      officeId: dir.offices.find((o) => o.name === 'Office 1')!.id,
    });

    const reset = await cli(['reset-password', '--username', 'petya']);
    expect(reset.code).toBe(0);
    const generated = /Generated password \(shown only now\): (\S+)/.exec(reset.out)?.[1];
    expect(generated).toBeTruthy();
    expect((await petya.request('GET', API_PATHS.directory)).status).toBe(401);
    await new Api(server.url).login('petya', generated!);

    expect((await cli(['disable-user', '--username', 'petya'])).code).toBe(0);
    await expect(new Api(server.url).login('petya', generated!)).rejects.toThrow(/401/);
    const enabled = await cli(['enable-user', '--username', 'PETYA']);
    expect(enabled).toMatchObject({ code: 0, out: expect.stringContaining('Enabled "petya"') });
    await new Api(server.url).login('petya', generated!);
    expect((await cli(['enable-user', '--username', 'nobody'])).code).toBe(1);

    // A whole office: its people are refused until it is enabled; names match in any letter case.
    const closed = await cli(['disable-office', '--office', 'office 1']);
    expect(closed).toMatchObject({ code: 0, out: expect.stringContaining('Disabled office "Office 1"') });
    await expect(new Api(server.url).login('petya', generated!)).rejects.toThrow(/401/);
    expect((await cli(['list-offices'])).out).toMatch(/Office 1\s+\d+\s+disabled/);
    expect((await cli(['disable-office', '--office', 'Nowhere'])).err).toMatch(/--office "Nowhere"/);
    expect((await cli(['disable-office'])).code).toBe(2);
    expect((await cli(['enable-office', '--office', 'Office 1'])).code).toBe(0);
    await new Api(server.url).login('petya', generated!);
    expect((await cli(['disable-user', '--username', 'petya'])).code).toBe(0);
  });

  it('reports refusals and usage errors clearly', async () => {
    const dup = await cli(['create-office', '--name', 'Office 1']);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);
    const badOffice = await cli([
      'create-user',
      '--username',
      'x',
      '--name',
      'X',
      '--office',
      'Nowhere',
      '--role',
      'lead',
    ]);
    expect(badOffice).toMatchObject({ code: 1 });
    expect(badOffice.err).toMatch(/--office "Nowhere": there is no such office \(known: "Office 1"\)/);
    // A refused account leaves no generated password on the screen.
    const badRole = await cli([
      'create-user',
      '--username',
      'boss',
      '--name',
      'Boss',
      '--office',
      'Office 1',
      '--role',
      'boss',
    ]);
    expect(badRole.code).toBe(1);
    expect(badRole.out).not.toMatch(/Generated password/);
    expect((await cli(['explode'])).code).toBe(2);
    expect((await cli(['create-office'])).err).toMatch(/missing --name/);
    const shortPassword = await cli(
      ['create-user', '--username', 'shorty', '--name', 'Shorty', '--office', 'Office 1', '--role', 'manager'],
      { CLAIMDESK_NEW_PASSWORD: 'short' },
    );
    expect(shortPassword.err).toMatch(/CLAIMDESK_NEW_PASSWORD: A password needs at least 10 characters/);
    expect((await cli(['reset-password', '--username', 'nobody'])).err).toMatch(
      /--username "nobody": there is no such user/,
    );
    const wrongLogin = await cli(['create-office', '--name', 'Z'], { CLAIMDESK_PASSWORD: 'wrong password' });
    expect(wrongLogin).toMatchObject({ code: 1 });
    expect(wrongLogin.err).toMatch(/Wrong username or password/);
    expect((await admin.request<Directory>('GET', API_PATHS.directory)).body.offices.map((o) => o.name)).toEqual([
      'Office 1',
    ]);
  });

  it('lists offices and users as a table or as JSON; finds an office by name in any letter case', async () => {
    expect((await cli(['create-office', '--name', 'Северный офис'])).code).toBe(0);
    const created = await cli(
      ['create-user', '--username', 'vasya', '--name', 'Vasya Petrov', '--office', 'СЕВЕРНЫЙ ОФИС', '--role', 'lead'],
      { CLAIMDESK_NEW_PASSWORD: 'vasya password 1' },
    );
    expect(created).toMatchObject({ code: 0, err: '' });

    const offices = await cli(['list-offices']);
    expect(offices.code).toBe(0);
    const officeLines = offices.out.trimEnd().split('\n');
    expect(officeLines[0]).toMatch(/^name\s+people\s+status\s+id$/);
    expect(officeLines.find((l) => l.startsWith('Северный офис'))).toMatch(/^Северный офис\s+1\s+active\s+\S+$/);

    const users = await cli(['list-users']);
    expect(users.out).toMatch(/^username\s+name\s+role\s+office\s+status\n/);
    expect(users.out).toMatch(/\nvasya\s+Vasya Petrov\s+lead\s+Северный офис\s+active\n/);
    expect(users.out).toMatch(/\npetya\s+Petya Ivanov\s+manager\s+Office 1\s+disabled\n/);

    const json = JSON.parse((await cli(['list-users', '--json'])).out) as { username: string; officeName: string }[];
    expect(json.find((u) => u.username === 'vasya')).toMatchObject({ role: 'lead', officeName: 'Северный офис' });
    expect(json.find((u) => u.username === 'admin')).toMatchObject({ officeId: null, officeName: null });
    const officesJson = JSON.parse((await cli(['list-offices', '--json'])).out) as { name: string }[];
    expect(officesJson.map((o) => o.name).sort()).toEqual(['Office 1', 'Северный офис']);
  });

  it('renames an office, changes a role and moves a person, signing them out; keeps the last admin', async () => {
    expect((await cli(['create-office', '--name', 'Южный'])).code).toBe(0);
    expect(
      (
        await cli(
          ['create-user', '--username', 'olya', '--name', 'Olya Sidorova', '--office', 'Южный', '--role', 'manager'],
          {
            CLAIMDESK_NEW_PASSWORD: 'olya password 1',
          },
        )
      ).code,
    ).toBe(0);
    const olya = await new Api(server.url).login('olya', 'olya password 1');

    const renamed = await cli(['rename-office', '--office', 'южный', '--name', 'Южный офис']);
    expect(renamed).toMatchObject({ code: 0, out: 'Renamed office "Южный" to "Южный офис"\n' });
    expect((await olya.request('GET', API_PATHS.directory)).status).toBe(200);

    expect((await cli(['set-role', '--username', 'olya', '--role', 'lead'])).out).toMatch(/"olya" is now lead/);
    expect((await olya.request('GET', API_PATHS.directory)).status).toBe(401);
    expect((await cli(['move-user', '--username', 'olya', '--office', 'Office 1'])).out).toMatch(
      /Moved "olya" to office "Office 1"/,
    );
    const users = JSON.parse((await cli(['list-users', '--json'])).out) as { username: string }[];
    expect(users.find((u) => u.username === 'olya')).toMatchObject({ role: 'lead', officeName: 'Office 1' });

    expect((await cli(['rename-office', '--office', 'Office 1', '--name', 'Северный офис'])).err).toMatch(
      /already exists/,
    );
    expect((await cli(['set-role', '--username', 'olya', '--role', 'boss'])).err).toMatch(/--role: The role must be/);
    expect((await cli(['set-role', '--username', 'olya'])).err).toMatch(/missing --role/);
    expect((await cli(['move-user', '--username', 'olya', '--office', 'Nowhere'])).err).toMatch(
      /there is no such office/,
    );
    const lastAdmin = await cli(['set-role', '--username', 'admin', '--role', 'manager', '--office', 'Office 1']);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.err).toMatch(/last active admin/);
  });

  describe('intake keys', () => {
    let externalCounter = 0;
    /** A site form handing a request in with `key`. */
    const intake = (key: string) =>
      new Api(server.url).request<IntakeAnswer & ApiError>(
        'POST',
        API_PATHS.requests,
        {
          externalId: `cli-${++externalCounter}`,
          channel: 'site',
          name: 'Иванова Мария',
          phones: [`+7916555${String(externalCounter).padStart(4, '0')}`],
          emails: [],
          note: '',
        },
        { 'x-api-key': key },
      );
    const listed = async (): Promise<IntakeKeyListing[]> => {
      const json = await cli(['list-intake-keys', '--json']);
      expect(json).toMatchObject({ code: 0, err: '' });
      return JSON.parse(json.out) as IntakeKeyListing[];
    };

    beforeAll(async () => {
      // The office the keys take requests for needs a manager for its free desk.
      expect((await cli(['create-office', '--name', 'Приёмная'])).code).toBe(0);
      const manager = await cli(
        ['create-user', '--username', 'desk', '--name', 'Desk Manager', '--office', 'Приёмная', '--role', 'manager'],
        { CLAIMDESK_NEW_PASSWORD: 'desk password 1' },
      );
      expect(manager).toMatchObject({ code: 0, err: '' });
    });

    it('creates a key that prints alone, works for its office, is listed without its value and is revoked by --key', async () => {
      const created = await cli(['create-intake-key', '--office', 'приёмная', '--name', 'site form']);
      expect(created).toMatchObject({ code: 0, err: '' });
      // The key alone on stdout, so a script can capture it: KEY=$(claimdesk admin create-intake-key …).
      expect(created.out).toMatch(/^cdk_[\w-]{40,}\n$/);
      const key = created.out.trim();

      const taken = await intake(key);
      expect(taken.status).toBe(201);
      const { offices } = (await admin.request<Directory>('GET', API_PATHS.directory)).body;
      const officeId = offices.find((o) => o.name === 'Приёмная')!.id;
      expect(taken.body).toMatchObject({ route: 'freeDesk', assignee: { name: 'Desk Manager', officeId } });

      const table = await cli(['list-intake-keys']);
      expect(table).toMatchObject({ code: 0, err: '' });
      expect(table.out).toMatch(/^name\s+office\s+created\s+status\s+id\n/);
      const row = table.out.split('\n').find((l) => l.startsWith('site form'));
      expect(row).toMatch(/^site form\s+Приёмная\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+active\s+\S+$/);
      expect(table.out).not.toContain(key);
      const json = await listed();
      expect(JSON.stringify(json)).not.toContain(key);
      const listing = json.find((k) => k.name === 'site form')!;
      expect(listing).toMatchObject({ officeId, revokedAt: null });

      const revoked = await cli(['revoke-intake-key', '--key', key]);
      expect(revoked).toMatchObject({ code: 0, err: '' });
      expect(revoked.out).toMatch(new RegExp(`^Revoked intake key "site form" \\(${listing.id}\\)`));
      const refused = await intake(key);
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/unknown or was revoked/);
      expect((await listed()).find((k) => k.id === listing.id)!.revokedAt).toEqual(expect.any(Number));
      expect((await cli(['list-intake-keys'])).out.split('\n').find((l) => l.startsWith('site form'))).toMatch(
        /\srevoked\s/,
      );
    });

    it('revokes a key by --id and names it "intake" when no --name is given', async () => {
      const created = await cli(['create-intake-key', '--office', 'Приёмная']);
      expect(created.code).toBe(0);
      const key = created.out.trim();
      expect((await intake(key)).status).toBe(201);
      const listing = (await listed()).find((k) => k.name === 'intake' && k.revokedAt === null)!;
      expect(listing).toBeTruthy();
      const revoked = await cli(['revoke-intake-key', '--id', listing.id]);
      expect(revoked).toMatchObject({ code: 0, err: '' });
      expect((await intake(key)).status).toBe(401);
    });

    it('reports bad usage and refusals of intake keys clearly, printing no key', async () => {
      const neither = await cli(['revoke-intake-key']);
      expect(neither).toMatchObject({ code: 2, out: '' });
      expect(neither.err).toMatch(/^claimdesk admin: give --key KEY or --id KEY_ID \(one of them\)\n/);
      const both = await cli(['revoke-intake-key', '--key', 'cdk_x', '--id', 'y']);
      expect(both.code).toBe(2);
      expect(both.err).toMatch(/give --key KEY or --id KEY_ID/);

      const noOffice = await cli(['create-intake-key']);
      expect(noOffice).toMatchObject({ code: 2, out: '' });
      expect(noOffice.err).toMatch(/missing --office/);
      const keysBefore = (await listed()).length;
      const unknownOffice = await cli(['create-intake-key', '--office', 'Nowhere']);
      expect(unknownOffice).toMatchObject({ code: 1, out: '' });
      expect(unknownOffice.err).toMatch(
        /^claimdesk admin: --office "Nowhere": there is no such office \(known: .*"Приёмная"/,
      );
      expect((await listed()).length).toBe(keysBefore);

      const unknownKey = await cli(['revoke-intake-key', '--key', 'cdk_not-a-key']);
      expect(unknownKey).toMatchObject({ code: 1, out: '' });
      expect(unknownKey.err).toMatch(/No intake key matches; nothing was revoked/);
      expect((await cli(['revoke-intake-key', '--id', 'no-such-id'])).code).toBe(1);

      const wrongLogin = await cli(['create-intake-key', '--office', 'Приёмная'], {
        CLAIMDESK_PASSWORD: 'wrong password',
      });
      expect(wrongLogin).toMatchObject({ code: 1, out: '' });
      expect((await listed()).length).toBe(keysBefore);
    });
  });
});
