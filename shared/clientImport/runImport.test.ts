import { describe, expect, it } from 'vitest';
import type { ClientDoc } from '../db';
import type { PushRow } from '../sync';
import type { ImportDecision } from './importDecisions';
import { checkAgainstAgency, IMPORT_BATCH, writeImport } from './runImport';

const decision = (id: string, write = true): ImportDecision => ({
  group: { rows: [1], keys: [], problems: [], doc: { id } as ClientDoc },
  standing: 'new',
  holders: [],
  write,
});
const many = (n: number) => Array.from({ length: n }, (_, i) => decision(`c${i}`));

describe('writeImport', () => {
  it('pushes the clients to write in whole batches, counting what the endpoint already had', async () => {
    const pushed: PushRow<'clients'>[][] = [];
    const progress: number[] = [];
    const outcome = await writeImport(
      [...many(IMPORT_BATCH + 10), decision('skipped', false)],
      async (rows) => {
        pushed.push(rows);
        return rows.slice(0, 2).map((r) => r.newDocumentState);
      },
      (done) => progress.push(done),
      () => false,
    );
    expect(pushed.map((b) => b.length)).toEqual([IMPORT_BATCH, 10]);
    expect(pushed.flat().every((r) => r.assumedMasterState === null && r.newDocumentState._deleted === false)).toBe(
      true,
    );
    expect(outcome).toEqual({ written: IMPORT_BATCH + 10 - 4, alreadyThere: 4, stopped: false });
    expect(progress).toEqual([IMPORT_BATCH, IMPORT_BATCH + 10]);
  });

  it('stops between batches when asked, and a failed batch leaves the earlier ones written', async () => {
    let batches = 0;
    const stopped = await writeImport(
      many(IMPORT_BATCH * 3),
      async () => {
        batches++;
        return [];
      },
      () => undefined,
      () => batches === 1,
    );
    expect(stopped).toEqual({ written: IMPORT_BATCH, alreadyThere: 0, stopped: true });
    let calls = 0;
    await expect(
      writeImport(
        many(IMPORT_BATCH * 2),
        async () => {
          if (++calls === 2) throw new Error('endpoint down');
          return [];
        },
        () => undefined,
        () => false,
      ),
    ).rejects.toThrow('endpoint down');
  });
});

describe('checkAgainstAgency', () => {
  it('asks in chunks the endpoint accepts and keeps every answer', async () => {
    const keys = Array.from({ length: 12_000 }, (_, i) => `phone:+7916${String(i).padStart(7, '0')}`);
    const sizes: number[] = [];
    const results = await checkAgainstAgency(
      keys,
      async (chunk) => {
        sizes.push(chunk.length);
        return chunk.map((key) => ({ key, matches: [] }));
      },
      () => undefined,
    );
    expect(sizes).toEqual([5_000, 5_000, 2_000]);
    expect(results.map((r) => r.key)).toEqual(keys);
  });
});
