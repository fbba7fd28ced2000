import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Subscription } from 'rxjs';
import { createSyncTransport } from '../../shared/endpoint';
import type { OfficeCore, OfficeSync } from '../../shared/office';
import { seededPrng } from '../../shared/payouts/seededPrng';
import { API_PATHS, type ApiError, type CreatedIntakeKey, type IntakeAnswer } from '../../shared/sync';
import type { Api } from '../integration/api';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { percentile, type BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';
import { benchStages, loadAverage, type BenchStages } from './stage';

const OFFICES = 10;
/** RxDB's free tier allows 13 open collections per process (per thread); an office core uses 6. */
const CORES_PER_WORKER = 2;
const SAMPLES = 100;
/** Requests in flight at once: one at a time, then a few at a time (calls landing together). */
const IN_FLIGHT = [1, 4] as const;
const NOTIFY_TIMEOUT_MS = 10_000;
/** In-process endpoints are started with this, so the per-address intake limiter never caps the bench. */
const UNCAPPED = { max: 1_000_000_000, windowMs: 60_000 };
const PASSWORD = 'correct horse battery';
const SEED = 20_261_012;
/** Marks this module loaded as a worker (the bench file is its own worker entry). */
const WORKER_MARK = 'claimdesk-intake-notification-worker';

/** One workstation to open in a worker: the office's only manager, signed in and syncing. */
interface StationSpec {
  username: string;
  officeName: string;
}

type ToWorker = { type: 'open'; url: string; stations: StationSpec[] } | { type: 'ping' } | { type: 'close' };

type FromWorker =
  | { type: 'opened' }
  | { type: 'pong'; at: number }
  | { type: 'seen' | 'notified'; userId: string; requestId: string; at: number }
  | { type: 'closed' }
  | { type: 'error'; message: string };

/** A timestamp comparable across this process's threads (each has its own performance.timeOrigin). */
const clock = (): number => performance.timeOrigin + performance.now();

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) serveWorkstations();

/**
 * From an intake POST (X-Api-Key, a new phone number, so the office's free desk takes it) to the
 * requestAssigned notification on the assignee's workstation, with ten offices live: ten office
 * cores, one per office and each its office's only manager, signed in and syncing, in worker
 * threads (two per thread). Requests go to random offices' keys one at a time, then a few at a time.
 * Latency ends when the workstation's notifications$ emits (stamped in its thread), not when the
 * bench thread — which also runs the endpoint — gets to read the message.
 */
export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  // Loaded here, not at the top: the workers load this module too and need none of the endpoint.
  const { startServer } = await import('../integration/testServer');
  const { postgresAvailability, startPostgresCluster } = await import('../integration/postgresCluster');
  const stages = benchStages('intakeNotification', progress);
  const figures = progress.figures;
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const hosts = await stages.run(`start ${Math.ceil(OFFICES / CORES_PER_WORKER)} worker threads`, () =>
    Promise.all(Array.from({ length: Math.ceil(OFFICES / CORES_PER_WORKER) }, () => startHost())),
  );
  try {
    {
      const { server, admin } = await stages.run('PGlite: start endpoint', () =>
        startServer({ dataDir: join(dir, 'pglite') }, { intakeRateLimit: UNCAPPED }),
      );
      try {
        figures.push(...(await measureOn('PGlite, in-process', server.url, admin, hosts, stages)));
      } finally {
        await stages.run('PGlite: close workstations', () => Promise.all(hosts.map((h) => h.close())));
        await server.close();
      }
    }
    const postgres = postgresAvailability();
    if (!postgres.available) {
      process.stdout.write(`  [intakeNotification] PostgreSQL skipped: ${postgres.reason}\n`);
      return figures;
    }
    const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
    try {
      const location = { dataDir: join(dir, 'pg'), databaseUrl: await cluster.createDatabase('intake') };
      const { server, admin } = await stages.run('PostgreSQL: start endpoint', () =>
        startServer(location, { intakeRateLimit: UNCAPPED }),
      );
      try {
        figures.push(...(await measureOn('PostgreSQL, in-process', server.url, admin, hosts, stages)));
      } finally {
        await stages.run('PostgreSQL: close workstations', () => Promise.all(hosts.map((h) => h.close())));
        await server.close();
      }
    } finally {
      await cluster.stop();
    }
    return figures;
  } finally {
    await Promise.all(hosts.map((h) => h.terminate()));
    await rm(dir, { recursive: true, force: true });
  }
}

interface Office {
  id: string;
  name: string;
  userId: string;
  username: string;
  key: string;
}

/** Offices with one manager each, an intake key each, their workstations live; then the samples. */
async function measureOn(
  label: string,
  url: string,
  admin: Api,
  hosts: readonly Host[],
  stages: BenchStages,
): Promise<BenchFigure[]> {
  const offices = await stages.run(`${label}: ${OFFICES} offices, one manager and an intake key each`, async () => {
    const made: Office[] = [];
    for (let o = 0; o < OFFICES; o++) {
      const office = await admin.createOffice(`Intake office ${o + 1}`);
      const username = `intake-m${o + 1}`;
      const user = await admin.createUser({
        username,
        password: PASSWORD,
        name: `Менеджер ${o + 1}`,
        officeId: office.id,
        role: 'manager',
      });
      const key = await admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, {
        office: office.id,
        name: 'telephony',
      });
      if (key.status !== 201) throw new Error(`intake key: ${key.status} ${JSON.stringify(key.body)}`);
      made.push({ id: office.id, name: office.name, userId: user.id, username, key: key.body.key });
    }
    return made;
  });
  const events = new Arrivals(hosts);
  await stages.run(`${label}: open, sign in and sync ${OFFICES} workstations`, () =>
    Promise.all(
      hosts.map((h, i) =>
        h.open(
          url,
          offices
            .slice(i * CORES_PER_WORKER, (i + 1) * CORES_PER_WORKER)
            .map((o) => ({ username: o.username, officeName: o.name })),
        ),
      ),
    ),
  );
  const skew = await Promise.all(hosts.map((h) => h.skew()));
  process.stdout.write(
    `  [intakeNotification] ${label}: worker clock vs bench clock within ${Math.max(...skew.map((s) => Math.abs(s.offset) + s.uncertainty)).toFixed(2)} ms\n`,
  );
  const intake = new Intake(url, offices);
  // Round 1 reaches each workstation by its first pull or live (either way its inbox is loaded
  // after it); round 2 must arrive live and be notified, or the bench cannot measure anything.
  await stages.run(`${label}: warm-up, a request per office seen`, async () => {
    for (const office of offices) await events.seen(await intake.take(office), office.userId);
  });
  await stages.run(`${label}: warm-up, a request per office notified`, async () => {
    for (const office of offices) await events.notified(await intake.take(office), office.userId);
  });
  const prng = seededPrng(SEED);
  const figures: BenchFigure[] = [];
  for (const inFlight of IN_FLIGHT) {
    const notified: number[] = [];
    const answered: number[] = [];
    await stages.run(`${label}: ${SAMPLES} requests, ${inFlight} in flight`, async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < SAMPLES) {
            next++;
            const office = prng.pick(offices);
            const started = clock();
            const id = await intake.take(office);
            answered.push(clock() - started);
            notified.push((await events.notified(id, office.userId)) - started);
          }
        }),
      );
    });
    notified.sort((a, b) => a - b);
    answered.sort((a, b) => a - b);
    const of = `${OFFICES} offices live, ${label}, ${inFlight} in flight`;
    figures.push(
      { name: `intake POST → assignee's notification p50, ${of}`, value: percentile(notified, 50), unit: 'ms' },
      { name: `intake POST → assignee's notification p95, ${of}`, value: percentile(notified, 95), unit: 'ms' },
      { name: `intake POST → assignee's notification p99, ${of}`, value: percentile(notified, 99), unit: 'ms' },
      { name: `intake POST → assignee's notification max, ${of}`, value: notified[notified.length - 1]!, unit: 'ms' },
      { name: `intake POST answered p50, ${of}`, value: percentile(answered, 50), unit: 'ms' },
      { name: `intake POST answered p95, ${of}`, value: percentile(answered, 95), unit: 'ms' },
    );
  }
  // Let late duplicates or strays arrive before counting them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  figures.push(
    { name: `notifications shown twice, ${label}`, value: events.duplicates, unit: 'notifications' },
    { name: `notifications on a workstation not assigned, ${label}`, value: events.strays, unit: 'notifications' },
    { name: `load average after the requests, ${label}`, value: loadAverage(), unit: '(1 min)' },
  );
  return figures;
}

/** POST /requests with an office's key and a phone number never used before: its free desk takes it. */
class Intake {
  private sent = 0;

  constructor(
    private readonly url: string,
    private readonly offices: readonly Office[],
  ) {}

  async take(office: Office): Promise<string> {
    this.sent++;
    const body = {
      externalId: `bench-${this.sent}`,
      channel: 'call',
      name: 'Иванова Мария',
      phones: [`+7917${String(1_000_000 + this.sent).slice(-7)}`],
      emails: [],
      note: 'Турция 12–19.06, двое взрослых',
    };
    const reply = await fetch(`${this.url}${API_PATHS.requests}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': office.key },
      body: JSON.stringify(body),
    });
    const answer = (await reply.json()) as IntakeAnswer & ApiError;
    if (reply.status !== 201) throw new Error(`intake: ${reply.status} ${JSON.stringify(answer)}`);
    if (answer.route !== 'freeDesk' || answer.assignee.userId !== office.userId)
      throw new Error(
        `request ${answer.id} went by ${answer.route} to ${answer.assignee.userId}, not office's manager`,
      );
    return answer.id;
  }
}

/** What the workstations reported, by request: waited on after the POST, which may answer after the notification. */
class Arrivals {
  duplicates = 0;
  strays = 0;
  private readonly at = { seen: new Map<string, Stamp>(), notified: new Map<string, Stamp>() };
  private readonly waiting = { seen: new Map<string, Waiter>(), notified: new Map<string, Waiter>() };
  private readonly expected = new Map<string, string>();

  constructor(hosts: readonly Host[]) {
    for (const host of hosts)
      host.onEvent = (e) => {
        const stamps = this.at[e.type];
        if (stamps.has(e.requestId)) {
          if (e.type === 'notified') this.duplicates++;
          return;
        }
        stamps.set(e.requestId, { userId: e.userId, at: e.at });
        const expected = this.expected.get(e.requestId);
        if (e.type === 'notified' && expected && expected !== e.userId) this.strays++;
        this.settle(e.type, e.requestId);
      };
  }

  seen(requestId: string, userId: string): Promise<number> {
    return this.wait('seen', requestId, userId);
  }

  notified(requestId: string, userId: string): Promise<number> {
    return this.wait('notified', requestId, userId);
  }

  private wait(type: 'seen' | 'notified', requestId: string, userId: string): Promise<number> {
    this.expected.set(requestId, userId);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting[type].delete(requestId);
        reject(new Error(`request ${requestId} not ${type} by ${userId} in ${NOTIFY_TIMEOUT_MS} ms`));
      }, NOTIFY_TIMEOUT_MS);
      this.waiting[type].set(requestId, { userId, resolve, reject, timer });
      this.settle(type, requestId);
    });
  }

  private settle(type: 'seen' | 'notified', requestId: string): void {
    const stamp = this.at[type].get(requestId);
    const waiter = this.waiting[type].get(requestId);
    if (!stamp || !waiter) return;
    this.waiting[type].delete(requestId);
    clearTimeout(waiter.timer);
    if (stamp.userId !== waiter.userId) {
      this.strays++;
      waiter.reject(new Error(`request ${requestId} ${type} by ${stamp.userId}, not its assignee ${waiter.userId}`));
    } else waiter.resolve(stamp.at);
  }
}

interface Stamp {
  userId: string;
  at: number;
}

interface Waiter {
  userId: string;
  resolve(at: number): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** The bench thread's handle on a worker holding CORES_PER_WORKER workstations. */
interface Host {
  open(url: string, stations: StationSpec[]): Promise<void>;
  /** Worker clock minus bench clock, from the ping with the shortest round trip. */
  skew(): Promise<{ offset: number; uncertainty: number }>;
  close(): Promise<void>;
  terminate(): Promise<void>;
  onEvent: (e: Extract<FromWorker, { type: 'seen' | 'notified' }>) => void;
}

async function startHost(): Promise<Host> {
  // A worker does not inherit the bench's TypeScript loader: register tsx, then load this module.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { mark: WORKER_MARK },
  });
  // One request at a time per worker: each answer settles the oldest call.
  const calls: { expect: FromWorker['type']; resolve(m: FromWorker): void; reject(e: Error): void }[] = [];
  let failure: Error | null = null;
  const host: Host = {
    onEvent: () => undefined,
    open: (url, stations) => call({ type: 'open', url, stations }, 'opened').then(() => undefined),
    async skew() {
      let best = { offset: 0, uncertainty: Infinity };
      for (let i = 0; i < 5; i++) {
        const sent = clock();
        const pong = (await call({ type: 'ping' }, 'pong')) as Extract<FromWorker, { type: 'pong' }>;
        const back = clock();
        const uncertainty = (back - sent) / 2;
        if (uncertainty < best.uncertainty) best = { offset: pong.at - (sent + back) / 2, uncertainty };
      }
      return best;
    },
    close: () => call({ type: 'close' }, 'closed').then(() => undefined),
    terminate: () => worker.terminate().then(() => undefined),
  };
  const call = (message: ToWorker, expect: FromWorker['type']): Promise<FromWorker> => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      calls.push({ expect, resolve, reject });
      worker.postMessage(message);
    });
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'seen' || m.type === 'notified') return host.onEvent(m);
    const pending = calls.shift();
    if (!pending) return;
    if (m.type === 'error') pending.reject(new Error(`worker: ${m.message}`));
    else if (m.type !== pending.expect) pending.reject(new Error(`worker answered ${m.type}, not ${pending.expect}`));
    else pending.resolve(m);
  });
  worker.on('error', (error) => {
    failure = error;
    calls.splice(0).forEach((c) => c.reject(error));
  });
  return host;
}

interface OpenStation {
  core: OfficeCore;
  sync: OfficeSync;
  subs: Subscription[];
}

/** The worker's side: opens workstations on request and reports every request seen and notified. */
function serveWorkstations(): void {
  const port = parentPort!;
  let open: OpenStation[] = [];
  const post = (m: FromWorker): void => port.postMessage(m);

  const openStation = async (url: string, spec: StationSpec): Promise<OpenStation> => {
    const login = await signIn(url, spec.username, PASSWORD);
    const core = await openMemoryOffice({ validate: false });
    await adoptSession(core, url, login, spec.officeName);
    const userId = login.user.id;
    const seen = new Set<string>();
    // Subscribed before sync starts: nothing the inbox emits is missed.
    const subs = [
      core.notifications$.subscribe((n) => {
        const at = clock();
        if (n.kind === 'requestAssigned')
          post({ type: 'notified', userId, requestId: n.id.replace(/^request:/, ''), at });
      }),
      core.requests$.subscribe((docs) => {
        const at = clock();
        for (const doc of docs)
          if (!seen.has(doc.id)) {
            seen.add(doc.id);
            post({ type: 'seen', userId, requestId: doc.id, at });
          }
      }),
    ];
    const sync = core.startSync(createSyncTransport({ baseUrl: url, token: () => login.token, http: nodeHttp() }), url);
    await sync.awaitInSync();
    return { core, sync, subs };
  };

  const handle = async (m: ToWorker): Promise<FromWorker> => {
    switch (m.type) {
      case 'open':
        open = await Promise.all(m.stations.map((s) => openStation(m.url, s)));
        return { type: 'opened' };
      case 'ping':
        return { type: 'pong', at: clock() };
      case 'close':
        for (const s of open.splice(0)) {
          s.subs.forEach((sub) => sub.unsubscribe());
          await s.sync.stop();
          await s.core.close();
        }
        return { type: 'closed' };
    }
  };

  // Handled one after another, answered in order (the host matches answers to calls by order).
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    queue = queue.then(() =>
      handle(m).then(post, (error: unknown) =>
        post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      ),
    );
  });
}
