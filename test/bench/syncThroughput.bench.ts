import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { createSyncTransport } from '../../shared/endpoint';
import type { PushRow } from '../../shared/sync';
import { Api, createTeam, TEST_PASSWORD, type OfficeTeam } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { startPostgresCluster } from '../integration/postgresCluster';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { ADMIN_PASSWORD, spawnServer, startServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { benchPhone } from './claimsFixture';
import type { BenchFigure } from './figure';
import { benchStages, loadAverage } from './stage';
import { databaseOf } from '../support/officeDatabase';

const PUSH_DOCS = 20_000;
const PULL_DOCS = 100_000;
const BATCH = 1_000;
const BROWSER_PULL_DOCS = 20_000;
const BROWSER_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'browser');
const BROWSER_OUT = join(BROWSER_ROOT, '..', '..', '..', 'dist-bench', 'pull');

/** Push throughput into the endpoint (embedded store, PostgreSQL, two processes on one PostgreSQL) and a fresh office's initial pull. */
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
      value: await stages.run('push, embedded PGlite', () => pushRate([team.manager], team, PULL_DOCS)),
      unit: 'docs/s',
    });
    figures.push(loadFigure('push, embedded PGlite'));
    figures.push({
      name: `initial pull into a fresh office core (Node, memory), ${PULL_DOCS.toLocaleString('en-US')} docs`,
      value: await stages.run('initial pull into a Node office core', () => initialPullRate(server.url, team)),
      unit: 'docs/s',
    });
    await server.close();
    figures.push(...(await stages.run('initial pull in Chromium', async () => browserPull(await tmp()))));
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
        value: await stages.run('push, PostgreSQL, 1 process', () => pushRate([team.manager], team, PUSH_DOCS)),
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
            pushRate([team.manager, second], team, PUSH_DOCS),
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

/** The same initial pull in Chromium on Dexie: the endpoint serves the bench page, so the page is same-origin with the API. */
async function browserPull(dataDir: string): Promise<BenchFigure[]> {
  await build({
    root: BROWSER_ROOT,
    logLevel: 'warn',
    build: { outDir: BROWSER_OUT, emptyOutDir: true, rollupOptions: { input: join(BROWSER_ROOT, 'pull.html') } },
  });
  const { server, admin } = await startServer({ dataDir }, { webRoot: BROWSER_OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const team = await createTeam(admin);
    await pushRate([team.manager], team, BROWSER_PULL_DOCS);
    const page = await browser.newPage();
    await page.goto(
      `${server.url}/pull.html?user=${encodeURIComponent(team.managerUser.username)}&password=${encodeURIComponent(TEST_PASSWORD)}&office=${encodeURIComponent(team.office.name)}`,
    );
    await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout: 600_000, polling: 500 });
    const done = await page.evaluate(() => window.benchDone!);
    if ('error' in done) throw new Error(done.error);
    return done.figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

function loadFigure(what: string): BenchFigure {
  return { name: `load average after ${what}`, value: loadAverage(), unit: '(1 min)' };
}

/**
 * Clients push disjoint batches concurrently, one in flight per client. The endpoint attests every
 * push: the documents name the pushing manager as owner and are dated when they are pushed.
 */
let pushed = 0;

async function pushRate(clients: Api[], team: OfficeTeam, total: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    clients.map(async (api) => {
      for (;;) {
        const from = next;
        next += BATCH;
        if (from >= total) return;
        // Distinct phones and emails, as a real client base has (a shared key would make every client a duplicate).
        const now = Date.now();
        const rows = Array.from({ length: Math.min(BATCH, total - from) }, (_, i) => {
          const e164 = benchPhone(pushed + from + i);
          const email = `client${pushed + from + i}@example-${(from + i) % 97}.ru`;
          return {
            assumedMasterState: null,
            newDocumentState: clientDoc(team.office.id, {
              ownerId: team.managerUser.id,
              ownerName: team.managerUser.name,
              createdAt: now,
              updatedAt: now,
              lastActivityAt: now,
              phones: [{ e164, extension: '' }],
              emails: [email],
              identityKeys: [`phone:${e164}`, `email:${email}`],
            }),
          } as PushRow;
        });
        const reply = await api.push('clients', rows);
        if (reply.status !== 200 || (reply.body as unknown[]).length)
          throw new Error(`push at doc ${from} failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      }
    }),
  );
  pushed += total;
  return total / ((performance.now() - started) / 1000);
}

async function initialPullRate(url: string, team: OfficeTeam): Promise<number> {
  const login = await signIn(url, team.managerUser.username, TEST_PASSWORD);
  const core = await openMemoryOffice({ validate: false });
  await adoptSession(core, url, login, team.office.name);
  const started = performance.now();
  const sync = core.startSync(createSyncTransport({ baseUrl: url, token: () => login.token, http: nodeHttp() }), url);
  await sync.awaitInSync();
  const count = await databaseOf(core).clients.count().exec();
  const seconds = (performance.now() - started) / 1000;
  await sync.stop();
  await core.close();
  if (count !== PULL_DOCS) throw new Error(`pulled ${count} of ${PULL_DOCS}`);
  return count / seconds;
}
