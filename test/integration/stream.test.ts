// The live stream: RESYNC on connect, changes the user may see (and only those), Bearer auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, type StreamMessage } from '../../shared/sync';
import { createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, clientDoc, inserts } from './fixtures';
import { documentsOf, openStream } from './sse';
import { startServer } from './testServer';

const has = (id: string) => (m: StreamMessage) => documentsOf(m).some((d) => d.id === id);

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`live stream on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let one: OfficeTeam;
    let two: OfficeTeam;

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
      [one, two] = (await createTeams(admin, 'One', 'Two')) as [OfficeTeam, OfficeTeam];
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it("says RESYNC first, then streams own-office changes with their checkpoint, never another office's", async () => {
      const lead = await openStream(server.url, one.lead.token!, 'clients');
      const all = await openStream(server.url, admin.token!, 'clients');
      try {
        expect(lead.status).toBe(200);
        expect(await lead.waitFor(() => true)).toBe('RESYNC');
        await all.waitFor((m) => m === 'RESYNC');
        const foreign = clientDoc(two.office.id);
        const own = clientDoc(one.office.id);
        await two.manager.push('clients', inserts([foreign]));
        await one.manager.push('clients', inserts([own]));
        const event = await lead.waitFor(has(own.id));
        expect(event).toMatchObject({ documents: [own] });
        const pulled = await one.lead.pull('clients', null);
        expect(event !== 'RESYNC' && event.checkpoint).toEqual(pulled.body.checkpoint);
        await all.waitFor(has(foreign.id));
        await all.waitFor(has(own.id));
        expect(lead.messages.some(has(foreign.id))).toBe(false);
      } finally {
        lead.close();
        all.close();
      }
    });

    it('streams each collection separately', async () => {
      const acts = await openStream(server.url, one.manager.token!, 'activities');
      try {
        await acts.waitFor((m) => m === 'RESYNC');
        const client = clientDoc(one.office.id);
        const act = activityDoc(one.office.id, client.id);
        await one.manager.push('clients', inserts([client]));
        await one.manager.push('activities', inserts([act]));
        await acts.waitFor(has(act.id));
        expect(acts.messages.some(has(client.id))).toBe(false);
      } finally {
        acts.close();
      }
    });

    it('refuses a stream without a valid Bearer token, and for unknown collections', async () => {
      const response = await fetch(server.url + API_PATHS.stream('clients'));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
      expect((await fetch(`${server.url}${API_PATHS.stream('clients')}?token=${one.manager.token}`)).status).toBe(401);
      expect((await one.manager.request('GET', '/api/v1/sync/nametokens/stream')).status).toBe(404);
    });
  });
}
