// Office cores replicating through the real endpoint: the path a workstation takes.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { same } from '../../shared/merge/threeWayMerge';
import { emptyDraft, type OfficeCore, type OfficeSync } from '../../shared/office';
import { createSyncTransport } from '../../shared/endpoint';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { switchableFetch } from '../support/switchableFetch';
import { TEST_PASSWORD, createTeam, type OfficeTeam, type Api } from './api';
import { backends } from './backends';
import { startServer } from './testServer';
import type { SyncServer } from '../../electron/sync-server/server';
import { databaseOf } from '../support/officeDatabase';
import { inserts, ownedClient } from './fixtures';

interface Workstation {
  core: OfficeCore;
  sync: OfficeSync;
  net: ReturnType<typeof switchableFetch>;
}

const open: Workstation[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) {
    await w.sync.stop();
    await w.core.close();
  }
});

/** A workstation that worked offline first, then signs in as the team's manager and syncs. */
async function workstation(
  server: SyncServer,
  team: OfficeTeam,
  prepare?: (core: OfficeCore) => Promise<void>,
): Promise<Workstation> {
  const core = await openMemoryOffice({
    profile: { userName: 'Offline me', officeName: 'My office', defaultCountry: 'RU' },
  });
  if (prepare) await prepare(core);
  const net = switchableFetch();
  const session = await signIn(server.url, team.managerUser.username, TEST_PASSWORD);
  await adoptSession(core, server.url, session, team.office.name);
  const transport = createSyncTransport({ baseUrl: server.url, token: () => session.token, http: nodeHttp(net.fetch) });
  const sync = core.startSync(transport, server.url, { baseRetryMs: 50 });
  const w = { core, sync, net };
  open.push(w);
  return w;
}

async function save(core: OfficeCore, fields: Partial<ReturnType<typeof emptyDraft>>) {
  const r = await core.saveClient({ ...emptyDraft(), ...fields });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.client;
}

for (const backend of backends()) {
  describe.runIf(backend.runnable)(`office sync against the endpoint on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());
    let server: SyncServer;
    let admin: Api;

    it('starts the endpoint', async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
    });

    it('sends what was entered offline before sign-in, re-homed to the account, and a colleague’s workstation receives it', async () => {
      const team = await createTeam(admin);
      const first = await workstation(server, team, async (core) => {
        await save(core, { fullName: 'Иванов Пётр', phones: ['8 916 123-45-67'] });
      });
      await first.sync.awaitInSync();
      expect(first.sync.status()).toMatchObject({ state: 'online', pending: 0, lastError: null });
      const onServer = await team.manager.pullAll('clients');
      expect(onServer.documents).toEqual([
        expect.objectContaining({ fullName: 'Иванов Пётр', officeId: team.office.id, ownerId: team.managerUser.id }),
      ]);

      const second = await workstation(server, team);
      await second.sync.awaitInSync();
      const check = await second.core.checkDuplicates({ fullName: '', phones: ['+7 916 123 45 67'], emails: [] });
      expect(check.matches).toEqual([
        expect.objectContaining({ ownerName: team.managerUser.name, officeName: team.office.name }),
      ]);
    });

    it('keeps working offline, counts what waits, and converges after reconnecting', async () => {
      const team = await createTeam(admin);
      const a = await workstation(server, team);
      const b = await workstation(server, team);
      const client = await save(a.core, { fullName: 'Смирнова Анна', phones: ['+7 903 111 22 33'] });
      await a.sync.awaitInSync();
      await waitFor(async () => (await databaseOf(b.core).clients.findOne(client.id).exec()) !== null);

      a.net.setOnline(false);
      b.net.setOnline(false);
      // Different fields on each side, and one field on both.
      await a.core.saveClient(
        {
          ...emptyDraft(),
          fullName: 'Смирнова Анна',
          phones: ['+7 903 111 22 33'],
          company: 'Romashka',
          notes: 'from A',
        },
        client.id,
      );
      await new Promise((r) => setTimeout(r, 5));
      await b.core.saveClient(
        {
          ...emptyDraft(),
          fullName: 'Смирнова Анна',
          phones: ['+7 903 111 22 33', '+7 916 555 44 33'],
          notes: 'from B',
        },
        client.id,
      );
      await b.core.logActivity({ clientId: client.id, type: 'call', at: Date.now() - 1000, note: 'offline call' });
      await waitFor(async () => a.sync.status().state === 'offline');
      expect(a.sync.status().pending).toBe(1);
      expect(b.sync.status().pending).toBeGreaterThanOrEqual(2);
      expect(a.sync.status().lastError).toMatch(/Cannot reach the sync server/);

      a.net.setOnline(true);
      b.net.setOnline(true);
      await waitFor(async () => a.sync.status().pending === 0 && b.sync.status().pending === 0);
      await waitFor(
        async () => {
          const [da, db] = await Promise.all([
            databaseOf(a.core).clients.findOne(client.id).exec(),
            databaseOf(b.core).clients.findOne(client.id).exec(),
          ]);
          return same(strip(da?.toJSON()), strip(db?.toJSON())) && da?.notes === 'from B' && da?.company === 'Romashka';
        },
        async () => [
          strip((await databaseOf(a.core).clients.findOne(client.id).exec())?.toJSON()),
          strip((await databaseOf(b.core).clients.findOne(client.id).exec())?.toJSON()),
          a.sync.status(),
          b.sync.status(),
        ],
      );
      const merged = (await databaseOf(a.core).clients.findOne(client.id).exec())!;
      expect(merged.phones.map((p) => p.e164)).toEqual(['+79031112233', '+79165554433']);
      expect(merged.mergeHistory).toEqual([expect.objectContaining({ field: 'notes', value: '"from A"' })]);
      await waitFor(async () => (await databaseOf(a.core).activities.count().exec()) === 1);
      expect(a.sync.status()).toMatchObject({ state: 'online', lastError: null });
    });

    it('never receives another office’s clients', async () => {
      const one = await createTeam(admin, 'North');
      const two = await createTeam(admin, 'South');
      const north = await workstation(server, one);
      const south = await workstation(server, two);
      await save(north.core, { fullName: 'North client', phones: ['+7 916 000 00 01'] });
      await north.sync.awaitInSync();
      await save(south.core, { fullName: 'South client', phones: ['+7 916 000 00 02'] });
      await south.sync.awaitInSync();
      await north.sync.awaitInSync();
      expect((await databaseOf(north.core).clients.find().exec()).map((c) => c.fullName)).toEqual(['North client']);
      expect((await databaseOf(south.core).clients.find().exec()).map((c) => c.fullName)).toEqual(['South client']);
    });

    it('counts the clients of a large first pull as they arrive, and stops counting once it has caught up', async () => {
      const team = await createTeam(admin);
      const clients = Array.from({ length: 2_500 }, () => ownedClient(team));
      for (let start = 0; start < clients.length; start += 1_000) {
        expect((await team.manager.push('clients', inserts(clients.slice(start, start + 1_000)))).body).toEqual([]);
      }
      const w = await workstation(server, team);
      const seen: Array<{ initialPull: boolean; clientsPulled: number }> = [];
      const subscription = w.sync.status$.subscribe(({ initialPull, clientsPulled }) =>
        seen.push({ initialPull, clientsPulled }),
      );
      await w.sync.awaitInSync();
      await waitFor(async () => !w.sync.status().initialPull);
      subscription.unsubscribe();
      const counted = seen.filter((s) => s.initialPull).map((s) => s.clientsPulled);
      expect(counted).toEqual([...counted].sort((a, b) => a - b));
      expect(Math.max(...counted)).toBe(2_500);
      expect(w.sync.status()).toMatchObject({ initialPull: false, pulled: 0, clientsPulled: 0 });
    });

    it('stops the endpoint', async () => {
      await server.close();
    });
  });
}

function strip(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object') return doc;
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc as Record<string, unknown>;
  return rest;
}

async function waitFor(
  predicate: () => Promise<boolean>,
  describeState: () => Promise<unknown> = async () => '',
  timeoutMs = 15_000,
): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`condition not met in time: ${JSON.stringify(await describeState())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
