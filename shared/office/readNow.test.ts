import { afterEach, describe, expect, it } from 'vitest';
import type { RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openClaimdeskDatabase, type ClaimdeskDatabase } from '../db';
import { readByIdsNow, readNow } from './readNow';

let db: ClaimdeskDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

/**
 * The memory storage, where a write to the name tokens lands while each of the first `writes`
 * reads of them runs (as a sync's writes land during a read from IndexedDB); counts the reads.
 */
function busyStorage(state: { reads: number; writes: number; db?: ClaimdeskDatabase }): RxStorage<unknown, unknown> {
  const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      if (params.collectionName !== 'nametokens') return instance;
      const query = instance.query.bind(instance);
      instance.query = async (prepared) => {
        state.reads++;
        const result = await query(prepared);
        if (state.writes-- > 0)
          await state.db!.nametokens.insert({ id: `zzz${state.writes}|c9`, skeleton: 'zzz', clientId: 'c9' });
        return result;
      };
      return instance;
    },
  };
}

describe('reading the database as it is now', () => {
  it('answers a find query with the documents exec() gives, without metadata and without deleted ones', async () => {
    db = await openClaimdeskDatabase({ name: `now${Date.now()}`, storage: getRxStorageMemory(), multiInstance: false });
    await db.nametokens.bulkInsert([
      { id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1' },
      { id: 'ivnv|c2', skeleton: 'ivnv', clientId: 'c2' },
      { id: 'ivnv|c3', skeleton: 'ivnv', clientId: 'c3' },
      { id: 'ptrv|c2', skeleton: 'ptrv', clientId: 'c2' },
    ]);
    await db.nametokens.findOne('ivnv|c2').remove();
    const query = db.nametokens.find({ selector: { skeleton: 'ivnv' }, sort: [{ id: 'desc' }], limit: 5 });
    const expected = (await query.exec()).map((d) => d.toJSON());
    expect(await readNow(query)).toEqual(expected);
    expect(expected).toEqual([
      { id: 'ivnv|c3', skeleton: 'ivnv', clientId: 'c3' },
      { id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1' },
    ]);
  });

  it('reads once while writes keep landing, and the next read sees them', async () => {
    const state: { reads: number; writes: number; db?: ClaimdeskDatabase } = { reads: 0, writes: 3 };
    db = await openClaimdeskDatabase({ name: `now${Date.now()}`, storage: busyStorage(state), multiInstance: false });
    state.db = db;
    await db.nametokens.insert({ id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1' });
    const query = () => db!.nametokens.find({ selector: { skeleton: { $gte: 'a' } }, sort: [{ id: 'asc' }] });
    expect((await readNow(query())).map((t) => t.id)).toEqual(['ivnv|c1']);
    expect(state.reads).toBe(1);
    expect((await readNow(query())).map((t) => t.id)).toEqual(['ivnv|c1', 'zzz2|c9']);
  });

  it('reads documents by id, leaving out unknown and deleted ones', async () => {
    db = await openClaimdeskDatabase({ name: `now${Date.now()}`, storage: getRxStorageMemory(), multiInstance: false });
    await db.nametokens.bulkInsert([
      { id: 'a|c1', skeleton: 'a', clientId: 'c1' },
      { id: 'b|c2', skeleton: 'b', clientId: 'c2' },
    ]);
    await db.nametokens.findOne('b|c2').remove();
    const found = await readByIdsNow(db.nametokens, ['a|c1', 'b|c2', 'nobody']);
    expect([...found.entries()]).toEqual([['a|c1', { id: 'a|c1', skeleton: 'a', clientId: 'c1' }]]);
    expect(await readByIdsNow(db.nametokens, [])).toEqual(new Map());
  });
});
