// `claimdesk import …` against a running endpoint, in-process, on both stores: a file with people
// on several rows, a colleague's client, another office's client and an unreadable value; a re-run
// writes nothing twice; the check is admin-only and refuses bad input.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/sync-server/cli/commands/import';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, IMPORT_CHECK_LIMITS, type ApiError, type LookupUsageResponse } from '../../shared/sync';
import type { Api, OfficeTeam } from './api';
import { createTeams } from './api';
import { backends } from './backends';
import { clientDoc, inserts, phone } from './fixtures';
import { ADMIN_PASSWORD, startServer } from './testServer';

describe.each(backends())('claimdesk import ($name)', (backend) => {
  let server: SyncServer;
  let admin: Api;
  let target: OfficeTeam;
  let other: OfficeTeam;
  let folder: string;
  beforeAll(async () => {
    ({ server, admin } = await startServer(await backend.freshStore()));
    [target, other] = (await createTeams(admin, 'Target', 'Other')) as [OfficeTeam, OfficeTeam];
    folder = await mkdtemp(join(tmpdir(), 'claimdesk-import-'));
    // The lead of the target office has one of the file's people; a manager of the other office another.
    await target.lead.push(
      'clients',
      inserts([
        clientDoc(target.office.id, {
          ownerId: target.leadUser.id,
          ownerName: target.leadUser.name,
          fullName: 'Коллегина Ольга',
          phones: [phone('+79035550001')],
          emails: [],
          identityKeys: ['phone:+79035550001'],
        }),
      ]),
    );
    await other.manager.push(
      'clients',
      inserts([
        clientDoc(other.office.id, {
          fullName: 'Чужой Борис',
          phones: [phone('+79035550002')],
          emails: [],
          identityKeys: ['phone:+79035550002'],
        }),
      ]),
    );
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await backend.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  async function cli(args: string[], env: Record<string, string> = { CLAIMDESK_PASSWORD: ADMIN_PASSWORD }) {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), cwd: folder };
    const code = await runImport(args, io, env);
    return { code, out, err };
  }

  const FILE = [
    'ФИО;Мобильный телефон;Рабочий e-mail;Компания;Источник',
    'Иванов Пётр;+7 916 000-11-22;petr@alfa.ru;Альфа;выставка',
    'Пётр Иванов;8 (916) 000-11-22;;Альфа;сайт',
    'Коллегина О.;+7 903 555-00-01;;;',
    'Чужой Б.;+7 903 555-00-02;;;',
    'Новая Анна;+7 999 111-22-33, 12345;;;',
  ].join('\n');

  it('imports the new people and another office’s with a case, leaves the colleague’s, merges one person’s rows', async () => {
    await writeFile(join(folder, 'base.csv'), FILE);
    const args = [
      'base.csv',
      '--server',
      server.url,
      '--office',
      target.office.name.toUpperCase(),
      '--owner',
      target.managerUser.username,
      '--report',
      'report.csv',
    ];
    const first = await cli(args);
    expect(first.err).not.toMatch(/claimdesk import:/);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/5 rows, 4 people \(1 of them on several rows, merged\)/);
    expect(first.out).toMatch(/Imported 3 clients\./);

    const clients = (await target.manager.pullAll('clients')).documents;
    const imported = clients.filter((c) => c.importedFrom?.startsWith('base.csv#'));
    expect(imported.map((c) => c.fullName).sort()).toEqual(['Иванов Пётр', 'Новая Анна', 'Чужой Б.']);
    expect(imported.every((c) => c.ownerId === target.managerUser.id && c.officeId === target.office.id)).toBe(true);
    const petr = imported.find((c) => c.fullName === 'Иванов Пётр')!;
    expect(petr.importedFrom).toBe('base.csv#1,2');
    expect(petr.phones).toEqual([phone('+79160001122')]);
    expect(petr.notes).toContain('Источник: выставка');
    expect(petr.notes).toContain('Источник: сайт');
    expect(petr.notes).toContain('Пётр Иванов');
    // The unreadable "12345" is kept in the notes, not lost.
    expect(imported.find((c) => c.fullName === 'Новая Анна')!.notes).toMatch(/Телефон из файла: 12345/);
    expect(clients.some((c) => c.fullName === 'Коллегина О.')).toBe(false);

    // Another office's client: the endpoint opened a case for the two managers.
    const cases = (await other.manager.pullAll('cases')).documents;
    expect(
      cases.some((c) =>
        [c.owner.clientId, c.newcomer.clientId].includes(imported.find((i) => i.fullName === 'Чужой Б.')!.id),
      ),
    ).toBe(true);

    const report = await readFile(join(folder, 'report.csv'), 'utf8');
    expect(report).toMatch(/Коллегина О\..*skipped.*a colleague in the office has this client/u);
    expect(report).toMatch(/Чужой Б\..*imported, case opened/u);

    // The check is recorded as the admin's look-ups.
    const usage = (await admin.request<LookupUsageResponse>('GET', `${API_PATHS.adminLookups}?since=0`)).body;
    // Five keys: Petr's phone and email, the colleague's, the other office's and Anna's phones.
    expect(usage.users).toEqual([expect.objectContaining({ userName: 'Administrator', lookups: 5, found: 2 })]);

    // Run again: recognised, nothing written twice.
    const again = await cli(args);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/imported by an earlier run: +3/);
    expect(again.out).toMatch(/Imported 0 clients\./);
    expect((await target.manager.pullAll('clients')).documents.filter((c) => c.importedFrom).length).toBe(3);
  });

  it('writes nothing on a dry run, and says what is wrong with the owner, the office or the flags', async () => {
    await writeFile(join(folder, 'dry.csv'), 'ФИО;Телефон\nСухой Иван;+7 916 999-00-00\n');
    const base = ['dry.csv', '--server', server.url, '--office', target.office.name];
    const dry = await cli([...base, '--owner', target.managerUser.username, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dry run: 1 clients would be imported; nothing was written/);
    expect((await target.manager.pullAll('clients')).documents.some((c) => c.fullName === 'Сухой Иван')).toBe(false);

    const foreignOwner = await cli([...base, '--owner', other.managerUser.username]);
    expect(foreignOwner.code).toBe(1);
    expect(foreignOwner.err).toMatch(/--owner ".*" is not a manager or lead of office/);
    const noOffice = await cli(['dry.csv', '--server', server.url, '--office', 'Nowhere', '--owner', 'x']);
    expect(noOffice.err).toMatch(/--office "Nowhere": there is no such office/);
    const badChoice = await cli([...base, '--owner', target.managerUser.username, '--colleague', 'steal']);
    expect(badChoice.code).toBe(2);
    expect(badChoice.err).toMatch(/--colleague "steal": expected skip or import/);
    const missing = await cli(['dry.csv', '--server', server.url]);
    expect(missing.err).toMatch(/missing --office, --owner/);
  });

  it('answers the import check to admins only, and refuses a malformed or oversized check', async () => {
    const asManager = await target.manager.request<ApiError>('POST', API_PATHS.adminImportCheck, {
      keys: ['phone:+79035550002'],
    });
    expect(asManager.status).toBe(403);
    const answered = await admin.request<{ results: Array<{ key: string; matches: Array<{ ownerName: string }> }> }>(
      'POST',
      API_PATHS.adminImportCheck,
      { keys: ['phone:+79035550002'] },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.results[0]!.matches[0]!.ownerName).toBe(other.managerUser.name);
    for (const body of [
      {},
      { keys: 'phone:+7' },
      { keys: ['tel:123'] },
      { keys: Array(IMPORT_CHECK_LIMITS.maxKeys + 1).fill('phone:+79035550002') },
    ]) {
      const refused = await admin.request<ApiError>('POST', API_PATHS.adminImportCheck, body);
      expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });
});
