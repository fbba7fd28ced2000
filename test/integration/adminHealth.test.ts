// What the endpoint tells an admin of its own running and of each person's sessions, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { MIGRATIONS } from '../../electron/sync-server/db/migrations';
import {
  API_PATHS,
  workstationHeaders,
  WORKSTATION_HEADERS,
  type AccountActivity,
  type EndpointHealth,
} from '../../shared/sync';
import { version } from '../../package.json';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`the endpoint's health for an admin on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let team: OfficeTeam;
    let clock = Date.now();
    const started = clock;

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore(), { now: () => clock }));
      team = await createTeam(admin, 'Health');
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const health = async () => {
      const reply = await admin.request<EndpointHealth>('GET', API_PATHS.adminHealth);
      expect(reply.status).toBe(200);
      return reply.body;
    };
    const person = (h: EndpointHealth, userId: string): AccountActivity | undefined =>
      h.people.find((p) => p.userId === userId);

    it('names its database, schema and start, and each person’s open sessions and latest push', async () => {
      clock += 60_000;
      const before = await health();
      expect(before).toMatchObject({
        database: backend.name,
        schemaVersion: Math.max(...MIGRATIONS.map((m) => m.version)),
        startedAt: started,
        now: clock,
      });
      expect(person(before, team.managerUser.id)).toMatchObject({
        name: team.managerUser.name,
        role: 'manager',
        officeId: team.office.id,
        disabled: false,
        openSessions: 1,
        lastPushAt: null,
      });
      expect(person(before, team.managerUser.id)?.lastSignInAt).toBeLessThanOrEqual(clock);

      clock += 60_000;
      expect((await team.manager.push('clients', inserts([clientDoc(team.office.id)]))).status).toBe(200);
      expect(person(await health(), team.managerUser.id)).toMatchObject({ openSessions: 1, lastPushAt: clock });
      // The lead signed in but never pushed.
      expect(person(await health(), team.leadUser.id)).toMatchObject({ openSessions: 1, lastPushAt: null });
    });

    it('shows each signed-in computer with its app, its latest sync and what it says waits unsent', async () => {
      clock += 60_000;
      const pull = (api: Api, headers: Record<string, string>) =>
        api.request('GET', API_PATHS.pull('clients', null, 10), undefined, headers);
      const report = { app: '0.1.0', kind: 'desktop' as const, system: 'Windows', pending: 3 };
      expect((await pull(team.manager, workstationHeaders(report))).status).toBe(200);
      const computer = () => health().then((h) => h.workstations.find((w) => w.userId === team.managerUser.id));
      expect(await computer()).toMatchObject({
        name: team.managerUser.name,
        officeId: team.office.id,
        kind: 'desktop',
        system: 'Windows',
        app: '0.1.0',
        lastSyncAt: clock,
        lastPushAt: expect.any(Number),
        pendingChanges: 3,
      });
      // Sent: the count changes and is written at once.
      clock += 1_000;
      expect((await pull(team.manager, workstationHeaders({ ...report, pending: 0 }))).status).toBe(200);
      expect(await computer()).toMatchObject({ lastSyncAt: clock, pendingChanges: 0 });

      // Junk in the headers is not a report: the pull is answered, and nothing of the junk is kept.
      clock += 60_000;
      const junk = {
        [WORKSTATION_HEADERS.app]: '<script>'.repeat(10),
        [WORKSTATION_HEADERS.kind]: 'server',
        [WORKSTATION_HEADERS.system]: '%zz',
        [WORKSTATION_HEADERS.pending]: '-1',
      };
      expect((await pull(team.lead, junk)).status).toBe(200);
      expect((await health()).workstations.find((w) => w.userId === team.leadUser.id)).toMatchObject({
        kind: null,
        system: null,
        app: null,
        pendingChanges: null,
        lastSyncAt: clock,
      });
      expect((await health()).version).toBe(version);
    });

    it('forgets sessions that ended: a disabled person has none', async () => {
      expect((await admin.request('POST', API_PATHS.adminUserDisable(team.managerUser.id), {})).status).toBe(200);
      expect(person(await health(), team.managerUser.id)).toMatchObject({
        disabled: true,
        openSessions: 0,
        lastSignInAt: null,
        lastPushAt: null,
      });
      expect((await health()).workstations.map((w) => w.userId)).not.toContain(team.managerUser.id);
    });

    it('is for admins only', async () => {
      expect((await team.lead.request('GET', API_PATHS.adminHealth)).status).toBe(403);
    });
  });
}
