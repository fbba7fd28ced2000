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

const SAMPLES = 200;

/** From a save in one workstation to the client being in another's database, live over the endpoint. */
export async function run(): Promise<BenchFigure[]> {
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
    return [
      { name: 'live propagation office → office, p50', value: percentile(latencies, 50), unit: 'ms' },
      // The target: office → office within 14 ms at p95.
      {
        name: 'live propagation office → office, p95',
        value: percentile(latencies, 95),
        unit: 'ms',
        target: { op: '<=', value: 14 },
      },
    ];
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
