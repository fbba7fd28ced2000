// Two endpoint processes on one PostgreSQL taking requests for one office at once: no free-desk
// turn is given twice, a retried externalId is taken once, and a process killed mid-burst loses
// and doubles nothing (the rotation is counted from stored requests, decided under office locks).
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, type AdminUser, type CreatedIntakeKey, type DeskBoard, type IntakeAnswer } from '../../shared/sync';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { Api, createTeam, TEST_PASSWORD } from './api';
import { postgresOnly } from './backends';
import { freshPhone } from './resolutionFixtures';
import { spawnServer, startServer } from './testServer';

const backend = postgresOnly();
const UNCAPPED = { CLAIMDESK_INTAKE_RATE_LIMIT: '1000000' };

describe.skipIf(!backend.runnable)('requests through two endpoint processes on one PostgreSQL', () => {
  let inProcess: SyncServer | undefined;
  const children: SpawnedEndpoint[] = [];
  afterAll(async () => {
    for (const child of children) {
      child.process.kill('SIGTERM');
      await child.exited;
    }
    await inProcess?.close();
    await backend.cleanup();
  });

  it('never gives one turn to two requests, takes a retry once, and survives a SIGKILL', async () => {
    const location = await backend.freshStore();
    const started = await startServer(location, { intakeRateLimit: { max: 1_000_000, windowMs: 60_000 } });
    inProcess = started.server;
    const child = await spawnServer(location, 60_000, UNCAPPED);
    children.push(child);
    const team = await createTeam(started.admin, 'Busy');
    const extra: AdminUser[] = [];
    for (const n of [2, 3])
      extra.push(
        await started.admin.createUser({
          username: `busy-${n}-${team.office.id.slice(0, 6)}`,
          password: TEST_PASSWORD,
          name: `Manager ${n}`,
          officeId: team.office.id,
          role: 'manager',
        }),
      );
    const key = (
      await started.admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, { office: team.office.id })
    ).body.key;
    const post = (base: string, externalId: string) =>
      new Api(base).request<IntakeAnswer>(
        'POST',
        API_PATHS.requests,
        { externalId, channel: 'call', name: '', phones: [freshPhone()], emails: [], note: '' },
        { 'x-api-key': key },
      );
    const turns = async () =>
      (await team.lead.request<DeskBoard>('GET', API_PATHS.desk)).body.people
        .filter((p) => p.role === 'manager')
        .map((p) => p.turnsToday)
        .sort();

    // 30 new clients at once, half through each process.
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(i % 2 ? child.url : inProcess!.url, `burst-${i}`)),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(await turns()).toEqual([10, 10, 10]);

    // One externalId sent six times at once through both processes: one request, one answer.
    const retries = await Promise.all(
      Array.from({ length: 6 }, (_, i) => post(i % 2 ? child.url : inProcess!.url, 'the-same-call')),
    );
    expect(retries.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(retries.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await turns()).toEqual([10, 10, 11]);

    // The child is killed in the middle of a burst; whatever it committed counts, nothing twice.
    const doomed = Array.from({ length: 20 }, (_, i) => post(child.url, `doomed-${i}`).catch(() => null));
    const survivors = Array.from({ length: 20 }, (_, i) => post(inProcess!.url, `survivor-${i}`));
    setTimeout(() => child.process.kill('SIGKILL'), 30);
    const [lost, kept] = await Promise.all([Promise.all(doomed), Promise.all(survivors)]);
    expect(kept.map((r) => r.status)).toEqual(Array(20).fill(201));
    await child.exited;
    // The caller retries what got no answer, through a restarted process: each taken once.
    const restarted = await spawnServer(location, 60_000, UNCAPPED);
    children.push(restarted);
    const retried = await Promise.all(
      lost.map((reply, i) => (reply?.status === 201 ? reply : post(restarted.url, `doomed-${i}`))),
    );
    expect(retried.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    const ids = new Set([...burst, ...retries, ...kept, ...retried].map((r) => r.body.id));
    expect(ids.size).toBe(30 + 1 + 20 + 20);
    const counted = await turns();
    expect(counted.reduce((a, b) => a + b, 0)).toBe(ids.size);
    expect(Math.max(...counted) - Math.min(...counted)).toBeLessThanOrEqual(1);
  }, 180_000);
});
