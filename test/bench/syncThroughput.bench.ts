import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpSyncTransport } from '../../renderer/sync/httpSyncTransport';
import type { PushRow } from '../../shared/sync';
import { Api, createTeam, TEST_PASSWORD, type OfficeTeam } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { startPostgresCluster } from '../integration/postgresCluster';
import { ADMIN_PASSWORD, spawnServer, startServer, type ChildServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import type { BenchFigure } from './figure';

const PUSH_DOCS = 20_000;
const PULL_DOCS = 100_000;
const BATCH = 1_000;

/** Push throughput into the endpoint (embedded store, PostgreSQL, two processes on one PostgreSQL) and a fresh office's initial pull. */
export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const dirs: string[] = [];
  const tmp = async () => {
    const d = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
    dirs.push(d);
    return d;
  };

  // Embedded store: push, then a fresh office pulls everything.
  {
    const { server, admin } = await startServer({ dataDir: await tmp() });
    const team = await createTeam(admin);
    figures.push({ name: `push, embedded PGlite (${PULL_DOCS.toLocaleString('en-US')} docs, batches of ${BATCH})`, value: await pushRate([team.manager], team, PULL_DOCS), unit: 'docs/s' });
    figures.push({ name: `initial pull into a fresh office core (Node, memory), ${PULL_DOCS.toLocaleString('en-US')} docs`, value: await initialPullRate(server.url, team), unit: 'docs/s' });
    await server.close();
  }

  // PostgreSQL: one process, then two processes on the same database.
  const cluster = await startPostgresCluster();
  try {
    {
      const { server, admin } = await startServer({ dataDir: await tmp(), databaseUrl: await cluster.createDatabase('bench1') });
      const team = await createTeam(admin);
      figures.push({ name: `push, PostgreSQL, 1 endpoint process (${PUSH_DOCS.toLocaleString('en-US')} docs)`, value: await pushRate([team.manager], team, PUSH_DOCS), unit: 'docs/s' });
      await server.close();
    }
    {
      const location = { dataDir: await tmp(), databaseUrl: await cluster.createDatabase('bench2') };
      const children: ChildServer[] = [await spawnServer(location), await spawnServer(location)];
      try {
        const admin = await new Api(children[0]!.url).login('admin', ADMIN_PASSWORD);
        const team = await createTeam(admin);
        const second = await new Api(children[1]!.url).login(team.managerUser.username, TEST_PASSWORD);
        figures.push({ name: `push, PostgreSQL, 2 endpoint processes (${PUSH_DOCS.toLocaleString('en-US')} docs, 2 clients)`, value: await pushRate([team.manager, second], team, PUSH_DOCS), unit: 'docs/s' });
      } finally {
        for (const c of children) c.process.kill('SIGTERM');
        await Promise.all(children.map((c) => c.exited));
      }
    }
  } finally {
    await cluster.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
  return figures;
}

/** Clients push disjoint batches concurrently, one in flight per client. */
async function pushRate(clients: Api[], team: OfficeTeam, total: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    clients.map(async (api) => {
      for (;;) {
        const from = next;
        next += BATCH;
        if (from >= total) return;
        const rows = Array.from({ length: Math.min(BATCH, total - from) }, () => ({ assumedMasterState: null, newDocumentState: clientDoc(team.office.id) }) as PushRow);
        const reply = await api.push('clients', rows);
        if (reply.status !== 200 || (reply.body as unknown[]).length) throw new Error(`push failed: ${reply.status}`);
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

async function initialPullRate(url: string, team: OfficeTeam): Promise<number> {
  const login = (await (await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: team.managerUser.username, password: TEST_PASSWORD }) })).json()) as {
    token: string;
    user: { id: string; name: string; officeId: string };
  };
  const core = await openMemoryOffice({ validate: false });
  await core.adoptAccount({ endpointId: url, userId: login.user.id, userName: login.user.name, officeId: login.user.officeId, officeName: team.office.name });
  const started = performance.now();
  const sync = core.startSync(createHttpSyncTransport({ baseUrl: url, token: () => login.token }), url);
  await sync.awaitInSync();
  const count = await core.db.clients.count().exec();
  const seconds = (performance.now() - started) / 1000;
  await sync.stop();
  await core.close();
  if (count !== PULL_DOCS) throw new Error(`pulled ${count} of ${PULL_DOCS}`);
  return count / seconds;
}
