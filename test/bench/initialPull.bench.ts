import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyncTransport } from '../../shared/endpoint';
import { Api, createTeam, TEST_PASSWORD, type OfficeTeam } from '../integration/api';
import { ADMIN_PASSWORD, spawnServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { databaseOf } from '../support/officeDatabase';
import { adoptSession, signIn } from '../support/signIn';
import { seedOffice } from './officeSeed';
import { POUCH_PULL_BATCH, pouchInitialPull, seedPouchClients } from './peer/pouchInitialPull';
import { startPouchPeer } from './peer/pouchPeer';
import type { BenchProgress } from './progress';
import { benchStages, loadAverage, type BenchStages } from './stage';

const CLIENTS = 100_000;
/** A call logged for every other client. */
const ACTIVITY_EVERY = 2;
const MB = 1024 * 1024;
const PEER = 'PouchDB 9 ← pouchdb-server (CouchDB protocol)';

/**
 * A fresh office core's initial pull of its own office: 100k clients with their activities, from
 * an endpoint in a process of its own, so the memory figures are the office core's (and this
 * harness's) alone. The same pull in Chromium is browserPull.bench.ts. Then, in the same run, a
 * fresh PouchDB's pull of as many documents from pouchdb-server, the peer the issue compares with.
 */
export async function run(progress: BenchProgress): Promise<void> {
  const stages = benchStages('initialPull', progress);
  const ours = await claimdeskPull(stages, progress);
  await peerPull(stages, progress, ours);
}

/** Our part, figures and all; the endpoint is stopped before the peer's part starts. */
async function claimdeskPull(stages: BenchStages, progress: BenchProgress) {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const endpoint = await stages.run('spawn the endpoint (embedded PGlite)', () => spawnServer({ dataDir: dir }));
  try {
    const admin = await new Api(endpoint.url).login('admin', ADMIN_PASSWORD);
    const team = await createTeam(admin);
    const seeded = await stages.run(`seed ${CLIENTS.toLocaleString('en-US')} clients and their calls`, () =>
      seedOffice(team, CLIENTS, ACTIVITY_EVERY),
    );
    const pull = await stages.run('initial pull into a fresh Node office core', () => initialPull(endpoint.url, team));
    const expected = seeded.clients + seeded.activities;
    if (pull.documents !== expected) throw new Error(`pulled ${pull.documents} of ${expected} documents`);
    progress.figures.push(
      {
        name: `initial pull, Node office core (memory): ${seeded.clients.toLocaleString('en-US')} clients + ${seeded.activities.toLocaleString('en-US')} activities`,
        value: pull.documents / pull.seconds,
        unit: 'docs/s',
        target: { op: '>=', value: 12_000 },
      },
      { name: 'initial pull: seconds until in sync', value: pull.seconds, unit: 's' },
      // On a shared machine the wall time follows the load; the office's own CPU time much less so.
      { name: 'initial pull: CPU time of the office process', value: pull.cpuSeconds, unit: 's' },
      {
        name: 'initial pull: process RSS after the pull',
        value: pull.rss / MB,
        unit: 'MB',
        target: { op: '<=', value: 300 },
      },
      { name: 'initial pull: JS heap used after the pull (after GC when exposed)', value: pull.heap / MB, unit: 'MB' },
      { name: 'initial pull: load average', value: pull.load, unit: '(1 min)' },
    );
    return { documents: pull.documents, docsPerSecond: pull.documents / pull.seconds };
  } finally {
    endpoint.process.kill('SIGTERM');
    await endpoint.exited;
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A fresh memory PouchDB pulls as many documents as our office core did, all client-shaped, from
 * pouchdb-server in this process. The server and client share the process, so no RSS or CPU time
 * figure: they would be both sides'.
 */
async function peerPull(
  stages: BenchStages,
  progress: BenchProgress,
  ours: { documents: number; docsPerSecond: number },
) {
  const n = ours.documents;
  const peer = await stages.run('PouchDB peer: start pouchdb-server (express-pouchdb, memory)', startPouchPeer, 30);
  try {
    await stages.run(`PouchDB peer: seed ${n.toLocaleString('en-US')} clients on the server`, () =>
      seedPouchClients(peer, n),
    );
    const pull = await stages.run('PouchDB peer: initial pull into a fresh memory PouchDB', () =>
      pouchInitialPull(peer, n),
    );
    const load = loadAverage();
    progress.figures.push(
      {
        name: `initial pull, ${PEER}: ${n.toLocaleString('en-US')} clients, batches of ${POUCH_PULL_BATCH.toLocaleString('en-US')}`,
        value: pull.docsPerSecond,
        unit: 'docs/s',
      },
      { name: 'initial pull, PouchDB peer: seconds until in sync', value: pull.seconds, unit: 's' },
      { name: 'initial pull: Claimdesk ÷ PouchDB (docs/s)', value: ours.docsPerSecond / pull.docsPerSecond, unit: '×' },
    );
    // Without --expose-gc the heap holds garbage of any age: no figure rather than a wrong one.
    if (pull.heapDelta !== undefined)
      progress.figures.push({
        name: 'initial pull, PouchDB peer: JS heap the client added (after GC)',
        value: pull.heapDelta / MB,
        unit: 'MB',
      });
    progress.figures.push({ name: 'initial pull, PouchDB peer: load average', value: load, unit: '(1 min)' });
  } finally {
    await peer.close();
  }
}

async function initialPull(url: string, team: OfficeTeam) {
  const login = await signIn(url, team.managerUser.username, TEST_PASSWORD);
  const core = await openMemoryOffice({ validate: false });
  await adoptSession(core, url, login, team.office.name);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const sync = core.startSync(createSyncTransport({ baseUrl: url, token: () => login.token, http: nodeHttp() }), url);
  await sync.awaitInSync();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const load = loadAverage();
  const db = databaseOf(core);
  const documents = (await db.clients.count().exec()) + (await db.activities.count().exec());
  // The core still open: what it holds after a pull is the figure, not what is left once it closes.
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed: heap } = process.memoryUsage();
  await sync.stop();
  await core.close();
  return { documents, seconds, cpuSeconds, load, rss, heap };
}
