import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_PATHS, LOOKUP_BUDGET_BOUNDS, type ClaimsLookupResponse } from '../../shared/sync';
import { createTeam, type Api } from '../integration/api';
import { postgresAvailability, startPostgresCluster } from '../integration/postgresCluster';
import { startServer } from '../integration/testServer';
import { endpointClaimKey, fillEndpointClaims, officeOfClaim, unclaimedKey, type ClaimOffice } from './endpointClaims';
import { percentile, type BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';
import { benchStages, loadAverage, type BenchStages } from './stage';

const CLAIMS = 1_000_000;
const USERS = 10;
const KEYS_PER_LOOKUP = 3;
const LOOKUPS_PER_USER = 300;
const WARM_UP_PER_USER = 20;

/**
 * The online look-up of other offices' claims (POST /claims/lookup) with a million claims at the
 * endpoint: USERS people at once, each with their own account, one look-up in flight each, three
 * keys per look-up (two held by another office's client, one held by no one).
 */
export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  const stages = benchStages('claimsLookup', progress);
  const figures = progress.figures;
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    figures.push(...(await lookupOn('embedded PGlite', { dataDir: join(dir, 'pglite') }, stages)));
    const postgres = postgresAvailability();
    if (!postgres.available) {
      process.stdout.write(`  [claimsLookup] PostgreSQL skipped: ${postgres.reason}\n`);
      return figures;
    }
    const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
    try {
      const databaseUrl = await cluster.createDatabase('lookup');
      figures.push(...(await lookupOn('PostgreSQL', { dataDir: join(dir, 'pg'), databaseUrl }, stages)));
    } finally {
      await cluster.stop();
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function lookupOn(
  store: string,
  location: { dataDir: string; databaseUrl?: string },
  stages: BenchStages,
): Promise<BenchFigure[]> {
  const { server, admin } = await stages.run(`${store}: start endpoint`, () => startServer(location));
  try {
    const teams = await stages.run(`${store}: ${USERS} offices and accounts, budget raised`, async () => {
      const created = [];
      for (let u = 0; u < USERS; u++) created.push(await createTeam(admin, `Lookup ${u}`));
      const budget = { perHour: LOOKUP_BUDGET_BOUNDS.maxPerHour, perDay: LOOKUP_BUDGET_BOUNDS.maxPerDay };
      const reply = await admin.request('PUT', API_PATHS.adminLookupBudget, budget);
      if (reply.status !== 200) throw new Error(`budget not raised: ${reply.status} ${JSON.stringify(reply.body)}`);
      return created;
    });
    const offices: ClaimOffice[] = teams.map((t) => ({ id: t.office.id, name: t.office.name, owner: t.managerUser }));
    const fillSeconds = await stages.run(
      `${store}: fill ${CLAIMS.toLocaleString('en-US')} claims`,
      async () => {
        const started = performance.now();
        await fillEndpointClaims(server.store, CLAIMS, offices);
        return (performance.now() - started) / 1000;
      },
      1800,
    );
    // PGlite runs in this process: let the sockets the fill kept waiting close before looking up.
    await new Promise((r) => setTimeout(r, 2_000));
    await stages.run(`${store}: warm-up`, () => lookUpConcurrently(teams, offices, WARM_UP_PER_USER, 0));
    const { latencies, dropped } = await stages.run(`${store}: ${USERS} users × ${LOOKUPS_PER_USER} look-ups`, () =>
      lookUpConcurrently(teams, offices, LOOKUPS_PER_USER, WARM_UP_PER_USER),
    );
    const load = loadAverage();
    latencies.sort((a, b) => a - b);
    const label = `${store}, ${CLAIMS.toLocaleString('en-US')} claims, ${USERS} users, ${KEYS_PER_LOOKUP} keys`;
    return [
      { name: `fill ${CLAIMS.toLocaleString('en-US')} claims, ${store}`, value: fillSeconds, unit: 's' },
      { name: `claims look-up p50, ${label}`, value: percentile(latencies, 50), unit: 'ms' },
      // The target: the online look-up within 5 ms at p99, 1,000,000 claims, 10 users at once.
      {
        name: `claims look-up p99, ${label}`,
        value: percentile(latencies, 99),
        unit: 'ms',
        target: { op: '<=', value: 5 },
      },
      {
        name: `claims look-up throughput, ${store}`,
        value: latencies.length / (latencies.reduce((a, b) => a + b, 0) / 1000 / USERS),
        unit: 'look-ups/s',
      },
      { name: `look-ups sent again after a dropped connection, ${store}`, value: dropped, unit: 'look-ups' },
      { name: `load average after the look-ups, ${store}`, value: load, unit: '(1 min)' },
    ];
  } finally {
    await server.close();
  }
}

/** Each user sends `count` look-ups one after the other, all users at once; returns every latency in ms. */
async function lookUpConcurrently(
  teams: ReadonlyArray<{ manager: Api; office: { id: string } }>,
  offices: readonly ClaimOffice[],
  count: number,
  offset: number,
): Promise<{ latencies: number[]; dropped: number }> {
  let dropped = 0;
  const perUser = await Promise.all(
    teams.map(async (team, u) => {
      const latencies: number[] = [];
      for (let r = offset; r < offset + count; r++) {
        const keys = keysOf(u, r, team.office.id, offices);
        const lookUp = async () => {
          const started = performance.now();
          const reply = await team.manager.request<ClaimsLookupResponse>('POST', API_PATHS.claimsLookup, { keys });
          return { reply, ms: performance.now() - started };
        };
        // A keep-alive connection the server dropped meanwhile fails at once: send again, time the answer.
        const { reply, ms } = await lookUp().catch(() => {
          dropped++;
          return lookUp();
        });
        latencies.push(ms);
        if (reply.status !== 200)
          throw new Error(`look-up ${r} of user ${u}: ${reply.status} ${JSON.stringify(reply.body)}`);
        const found = reply.body.results.filter((result) => result.matches.length > 0).length;
        if (found !== KEYS_PER_LOOKUP - 1)
          throw new Error(`look-up ${r} of user ${u} found ${found} of ${KEYS_PER_LOOKUP - 1}`);
      }
      return latencies;
    }),
  );
  return { latencies: perUser.flat(), dropped };
}

/** Two keys held by clients of other offices than the user's, and one no one holds; distinct per user and look-up. */
function keysOf(user: number, lookup: number, ownOffice: string, offices: readonly ClaimOffice[]): string[] {
  const keys: string[] = [];
  let i = ((user * 7_919 + lookup * 104_729) * 2) % CLAIMS;
  while (keys.length < KEYS_PER_LOOKUP - 1) {
    i = (i + 2_003) % CLAIMS;
    if (officeOfClaim(i, offices).id !== ownOffice) keys.push(endpointClaimKey(i));
  }
  keys.push(unclaimedKey(user * 1_000_000 + lookup));
  return keys;
}
