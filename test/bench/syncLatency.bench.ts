import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyncTransport } from '../../shared/endpoint';
import { emptyDraft, type OfficeCore, type OfficeSync } from '../../shared/office';
import { createTeam, TEST_PASSWORD, type OfficeTeam } from '../integration/api';
import { startServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { percentile, type BenchFigure } from './figure';
import { databaseOf } from '../support/officeDatabase';
import { pouchLiveLatency } from './peer/pouchLiveLatency';
import { startPouchPeer } from './peer/pouchPeer';
import type { BenchProgress } from './progress';
import { benchStages, loadAverage } from './stage';

const SAMPLES = 200;
const PEER = 'PouchDB 9 ← pouchdb-server (CouchDB protocol)';

/**
 * From a save in one workstation to the client being in another's database, live over the
 * endpoint; then, in the same run, the same between two PouchDBs syncing live through
 * pouchdb-server, the peer the target is set against.
 */
export async function run(progress: BenchProgress): Promise<void> {
  const stages = benchStages('syncLatency', progress);
  const ours = await stages.run(`Claimdesk: ${SAMPLES} saves office → office`, claimdeskLatencies, 300);
  const ourP95: BenchFigure = {
    name: 'live propagation office → office, p95',
    value: percentile(ours, 95),
    unit: 'ms',
  };
  progress.figures.push(
    { name: 'live propagation office → office, p50', value: percentile(ours, 50), unit: 'ms' },
    ourP95,
  );
  progress.figures.push({
    name: 'live propagation: load average after Claimdesk',
    value: loadAverage(),
    unit: '(1 min)',
  });

  const peer = await stages.run('PouchDB peer: start pouchdb-server (express-pouchdb, memory)', startPouchPeer, 30);
  try {
    const theirs = await stages.run(`PouchDB peer: ${SAMPLES} saves A → B`, () => pouchLiveLatency(peer, SAMPLES), 300);
    const theirP95 = percentile(theirs, 95);
    progress.figures.push(
      { name: `live propagation, ${PEER}, p50`, value: percentile(theirs, 50), unit: 'ms' },
      { name: `live propagation, ${PEER}, p95`, value: theirP95, unit: 'ms' },
      { name: 'live propagation: load average after PouchDB', value: loadAverage(), unit: '(1 min)' },
    );
    // The target: office → office p95 at most half of PouchDB's in the same run. Set only now, so
    // a failed peer leaves our figures standing without it.
    ourP95.target = { op: '<=', value: theirP95 / 2 };
  } finally {
    await peer.close();
  }
}

async function claimdeskLatencies(): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const { server, admin } = await startServer({ dataDir: dir });
  try {
    const team = await createTeam(admin);
    const a = await workstation(server.url, team);
    const b = await workstation(server.url, team);
    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const arrived = new Promise<number>((resolve) => {
        const sub = databaseOf(b.core).clients.insert$.subscribe(() => {
          sub.unsubscribe();
          resolve(performance.now());
        });
      });
      const started = performance.now();
      const saved = await a.core.saveClient({
        ...emptyDraft(),
        fullName: `Latency ${i}`,
        phones: [`+7916${String(2_000_000 + i)}`],
      });
      if (!saved.ok) throw new Error('save failed');
      latencies.push((await arrived) - started);
    }
    latencies.sort((x, y) => x - y);
    for (const w of [a, b]) {
      await w.sync.stop();
      await w.core.close();
    }
    return latencies;
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function workstation(url: string, team: OfficeTeam): Promise<{ core: OfficeCore; sync: OfficeSync }> {
  const login = await signIn(url, team.managerUser.username, TEST_PASSWORD);
  const core = await openMemoryOffice({ validate: false });
  await adoptSession(core, url, login, team.office.name);
  const sync = core.startSync(createSyncTransport({ baseUrl: url, token: () => login.token, http: nodeHttp() }), url);
  await sync.awaitInSync();
  return { core, sync };
}
