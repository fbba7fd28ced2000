// Two endpoint processes on one PostgreSQL: a push through one reaches a stream on the other
// (LISTEN/NOTIFY fan-out), and pulls through either see the same commit order.
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { Api, createTeam } from './api';
import { postgresOnly } from './backends';
import { clientDoc, inserts } from './fixtures';
import { documentsOf, openStream } from './sse';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { spawnServer, startServer } from './testServer';

const backend = postgresOnly();

describe.skipIf(!backend.runnable)('two endpoint processes on one PostgreSQL', () => {
  let inProcess: SyncServer | undefined;
  let child: SpawnedEndpoint | undefined;
  afterAll(async () => {
    child?.process.kill('SIGTERM');
    await child?.exited;
    await inProcess?.close();
    await backend.cleanup();
  });

  it('a push through one process is streamed to a client of the other', async () => {
    const location = await backend.freshStore();
    const started = await startServer(location);
    inProcess = started.server;
    child = await spawnServer(location);
    const team = await createTeam(started.admin);
    const viaChild = new Api(child.url, team.lead.token);

    const stream = await openStream(child.url, team.lead.token!, 'clients');
    try {
      await stream.waitFor((m) => m === 'RESYNC');
      const docs = [clientDoc(team.office.id), clientDoc(team.office.id)];
      const sent = performance.now();
      expect((await team.manager.push('clients', inserts(docs))).status).toBe(200);
      const event = await stream.waitFor((m) => documentsOf(m).length > 0);
      console.info(
        `[figures] push in one process -> SSE event from the other: ${(performance.now() - sent).toFixed(1)} ms`,
      );
      expect(documentsOf(event).map((d) => d.id)).toEqual(docs.map((d) => d.id));
      // The other direction too: pushed through the child, streamed by the in-process endpoint.
      const back = await openStream(inProcess.url, team.manager.token!, 'clients');
      await back.waitFor((m) => m === 'RESYNC');
      const third = clientDoc(team.office.id);
      expect((await viaChild.push('clients', inserts([third]))).status).toBe(200);
      await back.waitFor((m) => documentsOf(m).some((d) => d.id === third.id));
      back.close();
      expect((await viaChild.pullAll('clients')).documents.map((d) => d.id)).toEqual([...docs, third].map((d) => d.id));
    } finally {
      stream.close();
    }
  }, 120_000);
});
