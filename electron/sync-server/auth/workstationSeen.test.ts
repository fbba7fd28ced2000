import { describe, expect, it } from 'vitest';
import { workstationHeaders } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { workstationSeen } from './workstationSeen';

/** The statements a session's syncs cost: the point of the throttle. */
function recorder() {
  const writes: unknown[][] = [];
  const db = {
    query: async (_sql: string, params: unknown[] = []) => {
      writes.push(params);
      return [];
    },
  } as unknown as SqlExecutor;
  return { db, writes };
}

const report = (pending: number) => workstationHeaders({ app: '0.1.0', kind: 'web', system: 'Linux', pending });

describe('workstationSeen', () => {
  it('writes a session at most every 15 s, at once when its unsent changes change', async () => {
    const { db, writes } = recorder();
    const seen = workstationSeen(db);
    await seen.inSync('t1', report(2), 0);
    await seen.inSync('t1', report(2), 5_000);
    // A live stream's heartbeat says nothing of the pending count: it changes nothing.
    await seen.inSync('t1', {}, 10_000);
    expect(writes).toHaveLength(1);
    await seen.inSync('t1', report(0), 11_000);
    expect(writes.at(-1)).toEqual(['t1', 11_000, '0.1.0', 'web', 'Linux', 0]);
    await seen.inSync('t1', {}, 26_000);
    expect(writes.at(-1)).toEqual(['t1', 26_000, null, null, null, null]);
    await seen.inSync('t2', report(1), 26_001);
    expect(writes).toHaveLength(4);
  });
});
