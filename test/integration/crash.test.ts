// The endpoint killed (SIGKILL) or stopped (SIGTERM) in the middle of pushes, then restarted on the
// same store: nothing acknowledged is lost, nothing is duplicated, no push is half-applied, and
// retrying the unacknowledged pushes converges.
import { afterAll, describe, expect, it } from 'vitest';
import { Api, createTeam, TEST_PASSWORD } from './api';
import { backends, type StoreLocation } from './backends';
import { clientDoc, inserts } from './fixtures';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { ADMIN_PASSWORD, spawnServer } from './testServer';
import type { PushRow } from '../../shared/sync';

const PUSHERS = 4;
const BATCH = 20;

interface Batch {
  rows: PushRow[];
  acknowledged: boolean;
}

/** Pushes batches from PUSHERS loops until the server goes away; returns every batch attempted. */
async function pushUntilGone(api: Api, officeId: string, onAck: (n: number) => void): Promise<Batch[]> {
  const batches: Batch[] = [];
  let acks = 0;
  await Promise.all(
    Array.from({ length: PUSHERS }, async () => {
      for (;;) {
        const batch: Batch = {
          rows: inserts(Array.from({ length: BATCH }, () => clientDoc(officeId))),
          acknowledged: false,
        };
        batches.push(batch);
        try {
          const reply = await api.push('clients', batch.rows);
          if (reply.status !== 200) return;
          batch.acknowledged = true;
          onAck(++acks);
        } catch {
          return;
        }
      }
    }),
  );
  return batches;
}

async function verifyAfterRestart(
  location: StoreLocation,
  username: string,
  batches: Batch[],
): Promise<SpawnedEndpoint> {
  const again = await spawnServer(location);
  const lead = await new Api(again.url).login(username, TEST_PASSWORD);
  const { documents } = await lead.pullAll('clients');
  const counts = new Map<string, number>();
  documents.forEach((d) => counts.set(d.id, (counts.get(d.id) ?? 0) + 1));
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  for (const batch of batches) {
    const present = batch.rows.filter((r) => counts.has(r.newDocumentState.id)).length;
    // Acknowledged: all there. Unacknowledged: all or nothing, never half a push.
    expect(present === batch.rows.length || (!batch.acknowledged && present === 0)).toBe(true);
  }
  // What the client never heard back about it simply sends again: idempotent, no conflicts.
  for (const batch of batches.filter((b) => !b.acknowledged)) {
    expect((await lead.push('clients', batch.rows)).body).toEqual([]);
  }
  const final = await lead.pullAll('clients');
  expect(final.documents).toHaveLength(batches.length * BATCH);
  expect(new Set(final.documents.map((d) => d.id)).size).toBe(batches.length * BATCH);
  return again;
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`endpoint process stopped mid-push on ${backend.name}`, () => {
    const children: SpawnedEndpoint[] = [];
    afterAll(async () => {
      children.forEach((c) => c.process.kill('SIGKILL'));
      await Promise.all(children.map((c) => c.exited));
      await backend.cleanup();
    });

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      it(`${signal}: nothing acknowledged is lost or duplicated; unacknowledged pushes are all-or-nothing`, async () => {
        const location = await backend.freshStore();
        const first = await spawnServer(location);
        children.push(first);
        const admin = await new Api(first.url).login('admin', ADMIN_PASSWORD);
        const team = await createTeam(admin);
        const batches = await pushUntilGone(team.manager, team.office.id, (acks) => {
          if (acks === 12) first.process.kill(signal);
        });
        const exit = await first.exited;
        expect(exit).toBe(signal === 'SIGKILL' ? 'SIGKILL' : 0);
        expect(batches.filter((b) => b.acknowledged).length).toBeGreaterThanOrEqual(12);
        children.push(await verifyAfterRestart(location, team.leadUser.username, batches));
      }, 150_000);
    }
  });
}
