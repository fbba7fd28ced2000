// `claimdesk backup` of a running endpoint while offices push, and `claimdesk restore` into a fresh
// store: the restored endpoint serves the same documents and the same accounts sign in.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../electron/sync-server/cli/commands/backup';
import { runRestore } from '../../electron/sync-server/cli/commands/restore';
import { readKeySecret } from '../../electron/sync-server/db/migrations';
import type { SyncServer } from '../../electron/sync-server/server';
import type { PushRow, SyncDocument } from '../../shared/sync';
import { Api, createTeam, TEST_PASSWORD } from './api';
import { backends } from './backends';
import { clientDoc, inserts } from './fixtures';
import { ADMIN_PASSWORD, startServer } from './testServer';

const BATCH = 10;

function io(): { out: string; err: string; io: { out(t: string): void; err(t: string): void; cwd: string } } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    io: { out: (t: string) => void (captured.out += t), err: (t: string) => void (captured.err += t), cwd: tmpdir() },
  });
}

function byId(documents: SyncDocument[]): Map<string, SyncDocument> {
  return new Map(documents.map((d) => [d.id, d]));
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`backup and restore on ${backend.name}`, () => {
    const servers: SyncServer[] = [];
    const dirs: string[] = [];
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await backend.cleanup();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    });

    it('a backup taken while pushes run restores into a fresh store that serves the same data', async () => {
      const source = await startServer(await backend.freshStore());
      servers.push(source.server);
      const team = await createTeam(source.admin, 'Backed up');
      const work = await mkdtemp(join(tmpdir(), 'claimdesk-backup-test-'));
      dirs.push(work);

      // Pushes go on until the backup is written: it must hold whole pushes only.
      const pushed: PushRow[][] = [];
      let backingUp = true;
      const pushing = (async () => {
        while (backingUp || pushed.length < 3) {
          const rows = inserts(Array.from({ length: BATCH }, () => clientDoc(team.office.id)));
          expect((await team.manager.push('clients', rows)).status).toBe(200);
          pushed.push(rows);
        }
      })();
      while (pushed.length < 2) await new Promise((r) => setTimeout(r, 20));
      const file = join(work, 'agency.jsonl');
      const backup = io();
      const code = await runBackup(['--server', source.server.url, '--out', file], backup.io, {
        CLAIMDESK_PASSWORD: ADMIN_PASSWORD,
      });
      backingUp = false;
      await pushing;
      expect(backup.err).toBe('');
      expect(code).toBe(0);
      expect(backup.out).toMatch(/Backup written to .*agency\.jsonl \(.*documents \d+/);
      expect((await readFile(file, 'utf8')).split('\n')[0]).toMatch(/"format":"claimdesk-backup"/);

      const again = io();
      expect(
        await runBackup(['--server', source.server.url, '--out', file], again.io, {
          CLAIMDESK_PASSWORD: ADMIN_PASSWORD,
        }),
      ).toBe(2);
      expect(again.err).toMatch(/--out .*: the file exists/);

      const target = await backend.freshStore();
      const restore = io();
      const restoreArgs = target.databaseUrl ? ['--database-url', target.databaseUrl] : ['--data', target.dataDir];
      expect(await runRestore([file, ...restoreArgs], restore.io)).toBe(0);
      expect(restore.out).toMatch(/Restored the backup of .*: \d+ accounts, \d+ documents/);
      // A store that is no longer empty refuses a second restore.
      const twice = io();
      expect(await runRestore([file, ...restoreArgs], twice.io)).toBe(1);
      expect(twice.err).toMatch(/restore into an empty store/);

      const restored = await startServer(target);
      servers.push(restored.server);
      // The same accounts sign in with the same passwords.
      const lead = await new Api(restored.server.url).login(team.leadUser.username, TEST_PASSWORD);
      const original = byId(
        (
          await new Api(source.server.url)
            .login(team.leadUser.username, TEST_PASSWORD)
            .then((a) => a.pullAll('clients'))
        ).documents,
      );
      const copy = byId((await lead.pullAll('clients')).documents);
      expect(copy.size).toBeGreaterThanOrEqual(2 * BATCH);
      for (const [id, document] of copy) expect(document).toEqual(original.get(id));
      // Whole pushes only: every push is in the backup entirely or not at all.
      for (const rows of pushed) {
        const present = rows.filter((r) => copy.has(r.newDocumentState.id)).length;
        expect([0, rows.length]).toContain(present);
      }
      // The agency's secret came along: claims hashed before the backup still match.
      expect(await readKeySecret(restored.server.store)).toEqual(await readKeySecret(source.server.store));
      // New pushes continue the sequence: a puller past the backup's checkpoint sees them.
      const checkpoint = (await lead.pullAll('clients')).checkpoint;
      const later = inserts([clientDoc(team.office.id)]);
      const manager = await new Api(restored.server.url).login(team.managerUser.username, TEST_PASSWORD);
      expect((await manager.push('clients', later)).body).toEqual([]);
      expect((await lead.pullAll('clients', checkpoint)).documents.map((d) => d.id)).toEqual([
        later[0]!.newDocumentState.id,
      ]);
    }, 240_000);

    it('restore refuses a file that is not a whole backup', async () => {
      const work = await mkdtemp(join(tmpdir(), 'claimdesk-restore-test-'));
      dirs.push(work);
      const target = await backend.freshStore();
      const args = target.databaseUrl ? ['--database-url', target.databaseUrl] : ['--data', target.dataDir];
      const notBackup = join(work, 'notes.txt');
      await writeFile(notBackup, 'hello\n');
      const refused = io();
      expect(await runRestore([notBackup, ...args], refused.io)).toBe(1);
      expect(refused.err).toMatch(/not JSON|not a Claimdesk backup/);
    }, 120_000);
  });
}
