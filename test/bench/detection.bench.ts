// Detection throughput at the endpoint (issue 4): pushes of new clients against an agency that
// already holds 100k clients (200k claims), with detection on, claims-only and off.
//
// "Off" is the endpoint's `detection: 'off'` option (benchmarks only): the push writes the clients
// and derives nothing. "Claims-only" maintains the claims index without case detection. "On" is
// production: claims plus cases. Modes alternate over rounds on one embedded (PGlite) database,
// restarting the endpoint on it, so growth of the database does not favour one mode.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DetectionMode } from '../../electron/sync-server/detection/detectionSettings';
import type { PushRow, SyncDocument } from '../../shared/sync';
import { Api, createTeam, TEST_PASSWORD, type OfficeTeam } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { startServer } from '../integration/testServer';
import type { BenchFigure } from './figure';

const EXISTING = 100_000;
const PER_ROUND = 5_000;
const ROUNDS = 2;
const BATCH = 1_000;
/** Every 10th new client shares a phone with an existing client of another office: a case each. */
const MATCH_EVERY = 10;
const MODES: DetectionMode[] = ['off', 'claims-only', 'on'];

const phoneOf = (i: number): string => `+7916${String(1_000_000 + i).slice(-7)}`;
const T0 = 1_700_000_000_000;

function client(team: OfficeTeam, i: number, phone: string): SyncDocument<'clients'> {
  return clientDoc(team.office.id, {
    ownerId: team.managerUser.id,
    ownerName: team.managerUser.name,
    fullName: `Client${i} Bench`,
    phones: [{ e164: phone, extension: '' }],
    emails: [`client${i}@gmail.com`],
    identityKeys: [],
    createdAt: T0 + i,
  });
}

async function pushAll(api: Api, docs: SyncDocument<'clients'>[]): Promise<number> {
  const started = performance.now();
  for (let from = 0; from < docs.length; from += BATCH) {
    const rows = docs
      .slice(from, from + BATCH)
      .map((d) => ({ assumedMasterState: null, newDocumentState: d }) as PushRow);
    const reply = await api.push('clients', rows);
    if (reply.status !== 200 || (reply.body as unknown[]).length)
      throw new Error(`push failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
  }
  return docs.length / ((performance.now() - started) / 1000);
}

export async function run(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-detection-'));
  try {
    // The existing agency: 100k clients of office A (one phone, one gmail address each).
    let owners: OfficeTeam;
    let newcomers: OfficeTeam;
    {
      const { server, admin } = await startServer({ dataDir }, { detection: 'claims-only' });
      [owners, newcomers] = [await createTeam(admin, 'Owners'), await createTeam(admin, 'Newcomers')];
      await pushAll(
        owners.manager,
        Array.from({ length: EXISTING }, (_, i) => client(owners, i, phoneOf(i))),
      );
      const claims = await server.store.query<{ n: number }>(
        `select count(*)::int as n from documents where collection = 'claims' and not deleted`,
      );
      if ((claims[0]?.n ?? 0) < EXISTING) throw new Error(`expected ${EXISTING}+ claims, found ${claims[0]?.n}`);
      await server.close();
    }

    const rates = new Map<DetectionMode, number[]>(MODES.map((m) => [m, []]));
    let next = EXISTING;
    let casesOpened = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) {
        const { server } = await startServer({ dataDir }, { detection: mode });
        try {
          const api = await new Api(server.url).login(newcomers.managerUser.username, TEST_PASSWORD);
          const docs = Array.from({ length: PER_ROUND }, (_, k) => {
            const i = next++;
            // A match reuses the phone of an existing (office A) client: the same person entered again.
            return client(newcomers, i, k % MATCH_EVERY === 0 ? phoneOf((i * 7919) % EXISTING) : phoneOf(i));
          });
          const before = await countCases(server.store);
          rates.get(mode)!.push(await pushAll(api, docs));
          casesOpened += (await countCases(server.store)) - before;
        } finally {
          await server.close();
        }
      }
    }

    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const off = mean(rates.get('off')!);
    const claimsOnly = mean(rates.get('claims-only')!);
    const on = mean(rates.get('on')!);
    const label = `new clients, PGlite, ${EXISTING.toLocaleString('en-US')} existing clients (${(EXISTING * 2).toLocaleString('en-US')} claims), batches of ${BATCH}, 1 in ${MATCH_EVERY} a duplicate`;
    return [
      { name: `push ${label}: detection off (no claims, no cases)`, value: off, unit: 'docs/s' },
      { name: `push ${label}: claims index only`, value: claimsOnly, unit: 'docs/s' },
      { name: `push ${label}: detection on (claims + cases)`, value: on, unit: 'docs/s' },
      { name: 'case detection overhead (on vs claims index only)', value: (1 - on / claimsOnly) * 100, unit: '%' },
      { name: 'claims + detection overhead (on vs off)', value: (1 - on / off) * 100, unit: '%' },
      { name: 'cases opened by the measured pushes (detection on)', value: casesOpened, unit: 'cases' },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function countCases(store: { query<R>(sql: string): Promise<R[]> }): Promise<number> {
  const rows = await store.query<{ n: number }>(`select count(*)::int as n from documents where collection = 'cases'`);
  return rows[0]?.n ?? 0;
}
