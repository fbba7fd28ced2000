import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, createTeam, TEST_PASSWORD } from '../integration/api';
import { startPostgresCluster } from '../integration/postgresCluster';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { ADMIN_PASSWORD, spawnServer, startServer } from '../integration/testServer';
import { BATCH, pushClients } from './pushClients';
import type { BenchFigure } from './figure';
import { benchStages, loadAverage } from './stage';

const PUSH_DOCS = 20_000;
const PULL_DOCS = 100_000;

/**
 * Push throughput into the endpoint (embedded store, PostgreSQL, two processes on one PostgreSQL);
 * a fresh office's initial pull is initialPull.bench.ts (Node) and browserPull.bench.ts (Chromium).
 */
export async function run(): Promise<BenchFigure[]> {
  const stages = benchStages('syncThroughput');
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
    figures.push({
      name: `push, embedded PGlite (${PULL_DOCS.toLocaleString('en-US')} docs, batches of ${BATCH})`,
      value: await stages.run('push, embedded PGlite', () => pushClients([team.manager], team, PULL_DOCS)),
      unit: 'docs/s',
    });
    figures.push(loadFigure('push, embedded PGlite'));
    await server.close();
  }

  // PostgreSQL: one process, then two processes on the same database.
  const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
  try {
    {
      const { server, admin } = await startServer({
        dataDir: await tmp(),
        databaseUrl: await cluster.createDatabase('bench1'),
      });
      const team = await createTeam(admin);
      figures.push({
        name: `push, PostgreSQL, 1 endpoint process (${PUSH_DOCS.toLocaleString('en-US')} docs)`,
        value: await stages.run('push, PostgreSQL, 1 process', () => pushClients([team.manager], team, PUSH_DOCS)),
        unit: 'docs/s',
      });
      figures.push(loadFigure('push, PostgreSQL, 1 process'));
      await server.close();
    }
    {
      const location = { dataDir: await tmp(), databaseUrl: await cluster.createDatabase('bench2') };
      const children: SpawnedEndpoint[] = await stages.run('spawn 2 endpoint processes', async () => [
        await spawnServer(location),
        await spawnServer(location),
      ]);
      try {
        const admin = await new Api(children[0]!.url).login('admin', ADMIN_PASSWORD);
        const team = await createTeam(admin);
        const second = await new Api(children[1]!.url).login(team.managerUser.username, TEST_PASSWORD);
        figures.push({
          name: `push, PostgreSQL, 2 endpoint processes (${PUSH_DOCS.toLocaleString('en-US')} docs, 2 clients)`,
          value: await stages.run('push, PostgreSQL, 2 processes', () =>
            pushClients([team.manager, second], team, PUSH_DOCS),
          ),
          unit: 'docs/s',
        });
        figures.push(loadFigure('push, PostgreSQL, 2 processes'));
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

function loadFigure(what: string): BenchFigure {
  return { name: `load average after ${what}`, value: loadAverage(), unit: '(1 min)' };
}
