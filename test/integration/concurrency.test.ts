// Checkpoints follow commit order: many concurrent pushes while others pull; every puller must
// receive every document exactly once. A sequence assigned without the commit-order lock lets a
// late-committing row fall behind a puller's checkpoint, which this test catches as a missing id.
// Commits are delayed at random (the beforePushCommit hook) so that, without the lock, later
// transactions would overtake earlier ones on nearly every run instead of by chance.
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { PullResponse, SyncCheckpoint } from '../../shared/sync';
import { Api, createTeam, type Reply } from './api';
import { backends } from './backends';
import { clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

const PUSHERS = 8;
const BATCHES = 10;
const BATCH = 30;
const PULLERS = 4;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`commit-order checkpoints on ${backend.name}`, () => {
    const servers: SyncServer[] = [];
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await backend.cleanup();
    });

    it('every document reaches every concurrent puller exactly once', async () => {
      const location = await backend.freshStore();
      const slowCommit = { beforePushCommit: () => new Promise<void>((r) => setTimeout(r, Math.random() * 15)) };
      const first = await startServer(location, slowCommit);
      servers.push(first.server);
      // On PostgreSQL a second endpoint on the same database: pushes race across two pools.
      const second = backend.name === 'postgres' ? await startServer(location, slowCommit) : first;
      if (second !== first) servers.push(second.server);
      const team = await createTeam(first.admin);
      const via = (api: Api, n: number): Api => new Api((n % 2 ? second : first).server.url, api.token);

      const pushed = new Set<string>();
      let pushing = true;
      const started = performance.now();
      const pushers = Array.from({ length: PUSHERS }, async (_, p) => {
        for (let b = 0; b < BATCHES; b++) {
          const docs = Array.from({ length: BATCH }, () => clientDoc(team.office.id));
          const reply = await via(team.manager, p + b).push('clients', inserts(docs));
          expect(reply.status).toBe(200);
          docs.forEach((d) => pushed.add(d.id));
        }
      });
      const pullers = Array.from({ length: PULLERS }, async (_, q) => {
        const api = via(q % 2 ? team.lead : team.manager, q);
        const seen = new Map<string, number>();
        let checkpoint: SyncCheckpoint | null = null;
        for (;;) {
          const wasPushing = pushing;
          const reply: Reply<PullResponse<'clients'>> = await api.pull('clients', checkpoint, 37 + q);
          expect(reply.status).toBe(200);
          reply.body.documents.forEach((d) => seen.set(d.id, (seen.get(d.id) ?? 0) + 1));
          checkpoint = reply.body.checkpoint;
          // Done once a pull that started after the last push returned nothing new.
          if (!wasPushing && reply.body.documents.length === 0) return seen;
        }
      });
      await Promise.all(pushers);
      const pushSeconds = (performance.now() - started) / 1000;
      pushing = false;
      const results = await Promise.all(pullers);

      const total = PUSHERS * BATCHES * BATCH;
      expect(pushed.size).toBe(total);
      for (const seen of results) {
        const missing = [...pushed].filter((id) => !seen.has(id));
        const repeated = [...seen].filter(([, n]) => n > 1);
        expect({ missing: missing.length, repeated: repeated.length, size: seen.size }).toEqual({
          missing: 0,
          repeated: 0,
          size: total,
        });
      }
      console.info(
        `[figures] ${backend.name}: ${total} docs pushed by ${PUSHERS} concurrent pushers in ${pushSeconds.toFixed(2)} s = ${Math.round(total / pushSeconds)} docs/s (while ${PULLERS} pullers ran; commits delayed 0-15 ms on purpose)`,
      );

      const pullStart = performance.now();
      const all = await new Api(first.server.url, team.lead.token).pullAll('clients', null, 1000);
      const pullSeconds = (performance.now() - pullStart) / 1000;
      expect(all.documents).toHaveLength(total);
      console.info(
        `[figures] ${backend.name}: pulled ${total} docs (limit 1000) in ${pullSeconds.toFixed(2)} s = ${Math.round(total / pullSeconds)} docs/s`,
      );
    }, 120_000);
  });
}
