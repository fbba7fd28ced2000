import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaimsLookup } from '../../shared/endpoint';
import type { DuplicateCheck, OfficeCore } from '../../shared/office';
import { API_PATHS, LOOKUP_BUDGET_BOUNDS } from '../../shared/sync';
import { createTeam } from '../integration/api';
import { startServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { benchPhone, fillClaims } from './claimsFixture';
import { endpointClaimKey, fillEndpointClaims } from './endpointClaims';
import { percentile, type BenchFigure } from './figure';
import { benchStages, loadAverage } from './stage';

/** The office's own clients (local claims) and other offices' claims at the endpoint. */
const OWN_CLAIMS = 100_000;
const ENDPOINT_CLAIMS = 100_000;
const CHECKS = 1_000;
const WARM_UP = 100;

type Draft = { fullName: string; phones: string[]; emails: string[] };

/**
 * The check before save as the client form sees it: an office core with its own clients, other
 * offices asked through the online look-up at a real endpoint (online) or through a look-up that
 * cannot reach it (offline). The local part is the same check without the look-up.
 */
export async function run(): Promise<BenchFigure[]> {
  const stages = benchStages('checkBeforeSaveOnline');
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const { server, admin } = await stages.run('start endpoint', () => startServer({ dataDir: dir }));
  let core: OfficeCore | null = null;
  try {
    const [here, elsewhere] = await stages.run('offices, accounts and budget', async () => {
      const teams = [await createTeam(admin, 'Here'), await createTeam(admin, 'Elsewhere')];
      const budget = { perHour: LOOKUP_BUDGET_BOUNDS.maxPerHour, perDay: LOOKUP_BUDGET_BOUNDS.maxPerDay };
      const reply = await admin.request('PUT', API_PATHS.adminLookupBudget, budget);
      if (reply.status !== 200) throw new Error(`budget not raised: ${reply.status}`);
      return teams;
    });
    await stages.run(`fill ${ENDPOINT_CLAIMS.toLocaleString('en-US')} claims of another office at the endpoint`, () =>
      fillEndpointClaims(server.store, ENDPOINT_CLAIMS, [
        { id: elsewhere!.office.id, name: elsewhere!.office.name, owner: elsewhere!.managerUser },
      ]),
    );
    const office = await stages.run(`office core with ${OWN_CLAIMS.toLocaleString('en-US')} own claims`, async () => {
      const opened = await openMemoryOffice({ validate: false });
      await fillClaims(opened, OWN_CLAIMS);
      return opened;
    });
    core = office;
    const online = createClaimsLookup({ baseUrl: server.url, http: nodeHttp(), token: () => here!.manager.token });
    const offline = createClaimsLookup({ baseUrl: await unreachableUrl(), http: nodeHttp(), token: () => 'none' });

    await stages.run('warm-up', async () => {
      office.useClaimsLookup(online);
      for (let i = 0; i < WARM_UP; i++)
        await office.checkDuplicates(draftOf(i, 'warm'), undefined, { lookUpOtherOffices: true });
    });
    const local = await stages.run('local part (other offices not asked)', () =>
      timeChecks(office, 'local', false, (check) => check.remote.state === 'pending'),
    );
    const whole = await stages.run('whole check, online', () => {
      office.useClaimsLookup(online);
      return timeChecks(office, 'online', true, (check) => check.remote.state === 'checked');
    });
    const cut = await stages.run('whole check, offline', () => {
      office.useClaimsLookup(offline);
      return timeChecks(office, 'offline', true, (check) => check.remote.state === 'offline');
    });
    const expectLocal = CHECKS / 2;
    const expectRemote = CHECKS / 2;
    if (local.matches !== expectLocal) throw new Error(`local part: ${local.matches} matches, expected ${expectLocal}`);
    if (whole.matches !== expectLocal + expectRemote)
      throw new Error(`online: ${whole.matches} matches, expected ${expectLocal + expectRemote}`);
    if (cut.matches !== expectLocal) throw new Error(`offline: ${cut.matches} matches, expected ${expectLocal}`);

    const label = `${OWN_CLAIMS.toLocaleString('en-US')} own claims, ${ENDPOINT_CLAIMS.toLocaleString('en-US')} at the endpoint`;
    const figures: BenchFigure[] = [];
    for (const [what, timed] of [
      ['local part', local],
      ['whole call, online', whole],
      ['whole call, offline', cut],
    ] as const) {
      figures.push({ name: `check before save, ${what}, ${label}, p50`, value: timed.p50, unit: 'ms' });
      figures.push({ name: `check before save, ${what}, ${label}, p99`, value: timed.p99, unit: 'ms' });
    }
    figures.push({ name: 'load average during the checks', value: loadAverage(), unit: '(1 min)' });
    return figures;
  } finally {
    await core?.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * CHECKS drafts, each with keys never looked up before (so the session's cache does not answer):
 * every other phone is one of this office's clients, every other email one of another office's.
 */
function draftOf(i: number, run: string): Draft {
  const runOffset = { warm: 0, local: 1, online: 2, offline: 3 }[run] ?? 4;
  const n = runOffset * CHECKS + i;
  // Own claims hold phones of odd numbers below OWN_CLAIMS; the endpoint's phone claims are even numbers.
  const phone = i % 2 === 0 ? benchPhone((2 * n + 1) % OWN_CLAIMS) : benchPhone(3_000_000 + n);
  // The endpoint's email claims are its odd claims.
  const email =
    Math.floor(i / 2) % 2 === 0 ? endpointClaimKey((2 * n + 1) % ENDPOINT_CLAIMS).slice(6) : `walkin${n}@example.ru`;
  return { fullName: 'Иванов Пётр', phones: [`8${phone.slice(2)}`], emails: [email] };
}

async function timeChecks(
  core: OfficeCore,
  run: string,
  lookUpOtherOffices: boolean,
  stateIsRight: (check: DuplicateCheck) => boolean,
): Promise<{ p50: number; p99: number; matches: number }> {
  const latencies: number[] = [];
  let matches = 0;
  for (let i = 0; i < CHECKS; i++) {
    const draft = draftOf(i, run);
    const started = performance.now();
    const check = await core.checkDuplicates(draft, undefined, { lookUpOtherOffices });
    latencies.push(performance.now() - started);
    if (!stateIsRight(check)) throw new Error(`check ${i} (${run}): other offices ${JSON.stringify(check.remote)}`);
    matches += check.matches.length;
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), matches };
}

/** An address where nothing listens: what a workstation without the endpoint meets (refused at once). */
async function unreachableUrl(): Promise<string> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
  return `http://127.0.0.1:${port}`;
}
