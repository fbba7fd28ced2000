import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, createTeam, TEST_PASSWORD } from '../integration/api';
import { startPostgresCluster } from '../integration/postgresCluster';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import type { StoreLocation } from '../integration/backends';
import { ADMIN_PASSWORD, spawnServer, startServer } from '../integration/testServer';
import { BATCH, pushClients } from './pushClients';
import type { BenchFigure } from './figure';
import { benchStages, loadAverage } from './stage';

const PUSH_DOCS = 20_000;
const PULL_DOCS = 100_000;

/**
 * Push throughput into the endpoint (embedded store, PostgreSQL, two processes on one PostgreSQL);
 * a fresh office's initial pull is initialPull.bench.ts (Node) and browserPull.bench.ts (Chromium). A
 * plain push (clients without identity keys) into a fresh endpoint gives what claims maintenance
 * and detection cost.
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

  // Embedded store.
  let embeddedPush = 0;
  {
    const { server, admin } = await startServer({ dataDir: await tmp() });
    const team = await createTeam(admin);
    embeddedPush = await stages.run('push, embedded PGlite', () => pushClients([team.manager], team, PULL_DOCS));
    figures.push({
      name: `push, embedded PGlite (${PULL_DOCS.toLocaleString('en-US')} docs, batches of ${BATCH})`,
      value: embeddedPush,
      unit: 'docs/s',
    });
    figures.push(loadFigure('push, embedded PGlite'));
    await server.close();
  }
  figures.push(
    ...claimsCost(
      'embedded PGlite',
      embeddedPush,
      await stages.run('plain push, embedded PGlite', async () => plainPushRate({ dataDir: await tmp() }, PULL_DOCS)),
    ),
  );

  // PostgreSQL: one process, then two processes on the same database.
  const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
  try {
    {
      const { server, admin } = await startServer({
        dataDir: await tmp(),
        databaseUrl: await cluster.createDatabase('bench1'),
      });
      const team = await createTeam(admin);
      const rate = await stages.run('push, PostgreSQL, 1 process', () => pushClients([team.manager], team, PUSH_DOCS));
      figures.push({
        name: `push, PostgreSQL, 1 endpoint process (${PUSH_DOCS.toLocaleString('en-US')} docs)`,
        value: rate,
        unit: 'docs/s',
      });
      figures.push(loadFigure('push, PostgreSQL, 1 process'));
      await server.close();
      figures.push(
        ...claimsCost(
          'PostgreSQL, 1 process',
          rate,
          await stages.run('plain push, PostgreSQL, 1 process', async () =>
            plainPushRate(
              { dataDir: await tmp(), databaseUrl: await cluster.createDatabase('bench1plain') },
              PUSH_DOCS,
            ),
          ),
        ),
      );
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

/** The same push into a fresh endpoint, of clients without a phone or an e-mail: nothing to claim. */
async function plainPushRate(location: StoreLocation, docs: number): Promise<number> {
  const { server, admin } = await startServer(location);
  try {
    const team = await createTeam(admin);
    return await pushClients([team.manager], team, docs, { keys: false });
  } finally {
    await server.close();
  }
}

/** The plain push, and what claims maintenance and detection cost against it. */
function claimsCost(where: string, withClaims: number, plain: number): BenchFigure[] {
  return [
    { name: `plain push (no identity keys), ${where}`, value: plain, unit: 'docs/s' },
    loadFigure(`plain push, ${where}`),
    {
      name: `claims maintenance cost, ${where}`,
      value: Math.max(0, (1 - withClaims / plain) * 100),
      unit: '% of plain push',
    },
  ];
}

function loadFigure(what: string): BenchFigure {
  return { name: `load average after ${what}`, value: loadAverage(), unit: '(1 min)' };
}
