import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from '../../shared/routing';
import {
  API_PATHS,
  type AdminUser,
  type ApiError,
  type CreatedIntakeKey,
  type DeskBoard,
  type IntakeAnswer,
  type Office,
  type PushRow,
} from '../../shared/sync';
import { Api, TEST_PASSWORD } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { postgresAvailability, startPostgresCluster } from '../integration/postgresCluster';
import { ADMIN_PASSWORD, spawnServer, startServer } from '../integration/testServer';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { benchPhone } from './claimsFixture';
import { percentile, type BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';
import { benchStages, loadAverage, type BenchStages } from './stage';

const OFFICES = 10;
const MANAGERS_PER_OFFICE = 5;
const CLIENTS = 20_000;
const PUSH_BATCH = 1_000;
const CALLERS = 16;
const WARM_UP_MS = 2_000;
const MEASURE_MS = 15_000;
/** Every other request comes from a client of the base (owner route), the rest from new numbers (free desk). */
const KNOWN_EVERY = 2;
/** In-process endpoints are started with this, so the limiter never caps the bench. */
const UNCAPPED = { max: 1_000_000_000, windowMs: 60_000 };
/** The import marker: an admin's import keeps the clients' own dates (see resolutionFixtures.ts HISTORY). */
const IMPORTED_FROM = 'the office book before Claimdesk (bench)';
const DAY = 24 * 3600_000;

interface Agency {
  offices: Office[];
  /** keys[office][caller]: each caller has its own key per office (see `keysForCallers`). */
  keys: string[][];
}

interface Measured {
  latencies: number[];
  byRoute: Map<Route, number[]>;
  seconds: number;
  resent: number;
}

/**
 * Incoming requests through POST /requests (X-Api-Key) on an agency of OFFICES offices with
 * MANAGERS_PER_OFFICE managers each, an intake key per office and caller, and CLIENTS clients
 * imported by an admin: CALLERS site forms / telephony lines at once, each one request in flight,
 * every other request from a client's number typed as telephony sends it (routed to its owner,
 * mostly in another office), the rest from new numbers (the receiving office's free desk).
 *
 * Embedded PGlite and PostgreSQL in this process (started with the limiter raised), then the
 * standalone entry as 1 and as 2 processes on the same PostgreSQL database. The entry has no
 * option for the intake limit (300 per key per minute, counted per process), so every caller
 * sends with its own key per office: about 48,000 requests a minute per process before it caps.
 */
export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  const stages = benchStages('requestRouting', progress);
  const figures = progress.figures;
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    {
      const { server, admin } = await stages.run('PGlite: start endpoint', () =>
        startServer({ dataDir: join(dir, 'pglite') }, { intakeRateLimit: UNCAPPED }),
      );
      try {
        const agency = await setUp('PGlite', admin, stages);
        figures.push(...(await measure('PGlite, in-process', [server.url], agency, admin, stages)));
      } finally {
        await server.close();
      }
    }
    const postgres = postgresAvailability();
    if (!postgres.available) {
      process.stdout.write(`  [requestRouting] PostgreSQL skipped: ${postgres.reason}\n`);
      return figures;
    }
    const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
    try {
      const location = { dataDir: join(dir, 'pg'), databaseUrl: await cluster.createDatabase('routing') };
      let agency: Agency;
      {
        const { server, admin } = await stages.run('PostgreSQL: start endpoint', () =>
          startServer(location, { intakeRateLimit: UNCAPPED }),
        );
        try {
          agency = await setUp('PostgreSQL', admin, stages);
          figures.push(...(await measure('PostgreSQL, in-process', [server.url], agency, admin, stages)));
        } finally {
          await server.close();
        }
      }
      // The same database (its clients, keys and the requests taken so far) behind the standalone entry.
      for (const processes of [1, 2]) {
        const children: SpawnedEndpoint[] = await stages.run(
          `PostgreSQL: spawn ${processes} endpoint process(es)`,
          async () => {
            const spawned = [];
            for (let p = 0; p < processes; p++)
              spawned.push(await spawnServer(location, 60_000, { CLAIMDESK_INTAKE_RATE_LIMIT: String(UNCAPPED.max) }));
            return spawned;
          },
        );
        try {
          const admin = await new Api(children[0]!.url).login('admin', ADMIN_PASSWORD);
          const label = `PostgreSQL, ${processes} endpoint process${processes > 1 ? 'es' : ''}`;
          figures.push(
            ...(await measure(
              label,
              children.map((c) => c.url),
              agency,
              admin,
              stages,
            )),
          );
        } finally {
          for (const c of children) c.process.kill('SIGTERM');
          await Promise.all(children.map((c) => c.exited));
        }
      }
    } finally {
      await cluster.stop();
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Offices, managers, intake keys and the imported client base. */
async function setUp(store: string, admin: Api, stages: BenchStages): Promise<Agency> {
  const { offices, managers } = await stages.run(
    `${store}: ${OFFICES} offices × ${MANAGERS_PER_OFFICE} managers`,
    async () => {
      const offices: Office[] = [];
      const managers: AdminUser[][] = [];
      for (let o = 0; o < OFFICES; o++) {
        const office = await admin.createOffice(`Office ${o + 1}`);
        offices.push(office);
        const people: AdminUser[] = [];
        for (let m = 0; m < MANAGERS_PER_OFFICE; m++)
          people.push(
            await admin.createUser({
              username: `m${o + 1}-${m + 1}`,
              password: TEST_PASSWORD,
              name: `Manager ${o + 1}.${m + 1}`,
              officeId: office.id,
              role: 'manager',
            }),
          );
        managers.push(people);
      }
      return { offices, managers };
    },
    300,
  );
  const keys = await stages.run(`${store}: ${OFFICES * CALLERS} intake keys`, () => keysForCallers(admin, offices));
  await stages.run(
    `${store}: import ${CLIENTS.toLocaleString('en-US')} clients`,
    () => importClients(admin, offices, managers),
    600,
  );
  return { offices, keys };
}

async function keysForCallers(admin: Api, offices: readonly Office[]): Promise<string[][]> {
  const keys: string[][] = [];
  for (const office of offices) {
    const ofOffice: string[] = [];
    for (let c = 0; c < CALLERS; c++) {
      const reply = await admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, {
        office: office.id,
        name: `line ${c + 1}`,
      });
      if (reply.status !== 201) throw new Error(`intake key: ${reply.status} ${JSON.stringify(reply.body)}`);
      ofOffice.push(reply.body.key);
    }
    keys.push(ofOffice);
  }
  return keys;
}

/** Client i: office i % OFFICES, one of its managers; phone benchPhone(i); created a month ago. */
async function importClients(admin: Api, offices: readonly Office[], managers: readonly AdminUser[][]): Promise<void> {
  const createdAt = Date.now() - 30 * DAY;
  for (let from = 0; from < CLIENTS; from += PUSH_BATCH) {
    const rows = Array.from({ length: Math.min(PUSH_BATCH, CLIENTS - from) }, (_, n) => {
      const i = from + n;
      const office = offices[i % OFFICES]!;
      const owner = managers[i % OFFICES]![Math.floor(i / OFFICES) % MANAGERS_PER_OFFICE]!;
      const e164 = benchPhone(i);
      return {
        assumedMasterState: null,
        newDocumentState: clientDoc(office.id, {
          ownerId: owner.id,
          ownerName: owner.name,
          fullName: `Клиентов Клиент ${i}`,
          phones: [{ e164, extension: '' }],
          emails: [],
          identityKeys: [`phone:${e164}`],
          createdAt,
          updatedAt: createdAt,
          lastActivityAt: createdAt + DAY,
          importedFrom: IMPORTED_FROM,
        }),
      } as PushRow;
    });
    const reply = await admin.push('clients', rows);
    if (reply.status !== 200 || (reply.body as unknown[]).length)
      throw new Error(`import at client ${from}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
  }
}

let newNumbers = 0;

/** A number nobody holds: past the client base, never used twice in a run. */
function newNumber(): string {
  newNumbers += 1;
  return benchPhone(CLIENTS + newNumbers);
}

/** "8 (916) 123-45-67", as telephony and people type a +7 number. */
function typed(e164: string): string {
  return `8 (${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8, 10)}-${e164.slice(10)}`;
}

async function measure(
  label: string,
  urls: readonly string[],
  agency: Agency,
  admin: Api,
  stages: BenchStages,
): Promise<BenchFigure[]> {
  await stages.run(`${label}: warm-up ${WARM_UP_MS / 1000} s`, () =>
    drive(`${label} warm-up`, urls, agency, WARM_UP_MS),
  );
  const m = await stages.run(`${label}: ${CALLERS} callers × ${MEASURE_MS / 1000} s`, () =>
    drive(label, urls, agency, MEASURE_MS),
  );
  const load = loadAverage();
  const spread = await deskSpread(admin, agency.offices);
  const sorted = [...m.latencies].sort((a, b) => a - b);
  const route = (r: Route) => [...(m.byRoute.get(r) ?? [])].sort((a, b) => a - b);
  const owner = route('owner');
  const desk = route('freeDesk');
  const of = `${label}, ${CALLERS} callers`;
  return [
    { name: `requests routed/s, ${of}`, value: sorted.length / m.seconds, unit: 'requests/s' },
    { name: `request p50, ${of}`, value: percentile(sorted, 50), unit: 'ms' },
    { name: `request p95, ${of}`, value: percentile(sorted, 95), unit: 'ms' },
    { name: `request p99, ${of}`, value: percentile(sorted, 99), unit: 'ms' },
    { name: `requests taken in ${MEASURE_MS / 1000} s, ${of}`, value: sorted.length, unit: 'requests' },
    { name: `owner route p50, ${label}`, value: percentile(owner, 50), unit: 'ms' },
    { name: `owner route p95, ${label}`, value: percentile(owner, 95), unit: 'ms' },
    { name: `free desk p50, ${label}`, value: percentile(desk, 50), unit: 'ms' },
    { name: `free desk p95, ${label}`, value: percentile(desk, 95), unit: 'ms' },
    { name: `requests sent again after a dropped connection, ${label}`, value: m.resent, unit: 'requests' },
    { name: `free-desk turns today, most − fewest in one office, ${label}`, value: spread, unit: 'turns' },
    { name: `load average after the requests, ${label}`, value: load, unit: '(1 min)' },
  ];
}

/**
 * CALLERS callers, one request in flight each, for `ms`; caller c sends to urls[c % urls.length]
 * with its own key of the office it sends for. Any answer but 201 with the expected route fails.
 */
async function drive(label: string, urls: readonly string[], agency: Agency, ms: number): Promise<Measured> {
  const byRoute = new Map<Route, number[]>();
  const latencies: number[] = [];
  let resent = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: CALLERS }, async (_, c) => {
      const api = new Api(urls[c % urls.length]!);
      let seed = c + 1;
      for (let k = 0; performance.now() < deadline; k++) {
        const office = (c * 3 + k) % OFFICES;
        const known = k % KNOWN_EVERY === 0;
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        const body = {
          externalId: `${label}/${c}/${k}`,
          channel: known ? 'call' : 'site',
          name: known ? '' : 'Иванова Мария',
          phones: [known ? typed(benchPhone(seed % CLIENTS)) : newNumber()],
          emails: [],
          note: 'Турция 12–19.06, двое взрослых',
        };
        const send = async () => {
          const t = performance.now();
          const reply = await api.request<IntakeAnswer & ApiError>('POST', API_PATHS.requests, body, {
            'x-api-key': agency.keys[office]![c]!,
          });
          return { reply, ms: performance.now() - t };
        };
        // A keep-alive connection the endpoint dropped meanwhile fails at once: send again (same externalId).
        const { reply, ms: took } = await send().catch(() => {
          resent++;
          return send();
        });
        if (reply.status !== 201)
          throw new Error(`${label}: caller ${c} request ${k}: ${reply.status} ${JSON.stringify(reply.body)}`);
        const expected: Route = known ? 'owner' : 'freeDesk';
        if (reply.body.route !== expected)
          throw new Error(`${label}: caller ${c} request ${k} went by ${reply.body.route}, not ${expected}`);
        latencies.push(took);
        const list = byRoute.get(reply.body.route) ?? [];
        list.push(took);
        byRoute.set(reply.body.route, list);
      }
    }),
  );
  return { latencies, byRoute, seconds: (performance.now() - started) / 1000, resent };
}

/** The free desk must stay even under concurrency: the largest gap in today's turns within an office. */
async function deskSpread(admin: Api, offices: readonly Office[]): Promise<number> {
  let spread = 0;
  for (const office of offices) {
    const reply = await admin.request<DeskBoard>('GET', `${API_PATHS.desk}?office=${encodeURIComponent(office.id)}`);
    if (reply.status !== 200) throw new Error(`desk board: ${reply.status} ${JSON.stringify(reply.body)}`);
    const turns = reply.body.people.filter((p) => p.role === 'manager').map((p) => p.turnsToday);
    spread = Math.max(spread, Math.max(...turns) - Math.min(...turns));
  }
  return spread;
}
