import { describe, expect, it } from 'vitest';
import { fillWithDefaultSettings, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { withChunkedWrites } from './chunkedWrites';

const schema = fillWithDefaultSettings({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 40 } },
  required: ['id'],
});

/**
 * The memory storage, counting the rows of every write that reaches it and how many writes are
 * under way at once; each write takes a few milliseconds, as IndexedDB's do.
 */
function countingStorage(writes: number[], underWay = { now: 0, most: 0 }): RxStorage<unknown, unknown> {
  const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        writes.push(rows.length);
        underWay.most = Math.max(underWay.most, ++underWay.now);
        await new Promise((resolve) => setTimeout(resolve, 2));
        try {
          return await write(rows, context);
        } finally {
          underWay.now--;
        }
      };
      return instance;
    },
  };
}

function openOn(storage: RxStorage<unknown, unknown>, collectionName = 'docs') {
  return storage.createStorageInstance<{ id: string }>({
    databaseInstanceToken: 'token',
    databaseName: `chunks${Math.random()}`,
    collectionName,
    schema,
    options: {},
    multiInstance: false,
    devMode: false,
  });
}

const openInstance = (writes: number[]) => openOn(withChunkedWrites(countingStorage(writes), 500));

const doc = (id: string, rev = '1-a') => ({ id, _deleted: false, _attachments: {}, _rev: rev, _meta: { lwt: 1 } });

describe('big writes in pieces', () => {
  it('writes 1,200 documents in pieces of 500 and every one of them is stored', async () => {
    const writes: number[] = [];
    const instance = await openInstance(writes);
    const docs = Array.from({ length: 1_200 }, (_, i) => doc(`d${String(i).padStart(4, '0')}`));
    const result = await instance.bulkWrite(
      docs.map((document) => ({ document })),
      'test',
    );
    expect(result.error).toEqual([]);
    expect(writes).toEqual([500, 500, 200]);
    const stored = await instance.findDocumentsById(
      docs.map((d) => d.id),
      false,
    );
    expect(stored.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id));
  });

  it('answers the conflicts of every piece together, and writes the rest', async () => {
    const writes: number[] = [];
    const instance = await openInstance(writes);
    await instance.bulkWrite([{ document: doc('d0001') }, { document: doc('d0900') }], 'test');
    writes.length = 0;
    // Written as new although two are stored: each is a conflict, one in the first piece, one in the second.
    const docs = Array.from({ length: 1_000 }, (_, i) => doc(`d${String(i).padStart(4, '0')}`, '1-b'));
    const result = await instance.bulkWrite(
      docs.map((document) => ({ document })),
      'test',
    );
    expect(writes).toEqual([500, 500]);
    expect(result.error.map((e) => [e.documentId, e.status]).sort()).toEqual([
      ['d0001', 409],
      ['d0900', 409],
    ]);
    const stored = await instance.findDocumentsById(['d0002', 'd0999'], false);
    expect(stored.map((d) => d._rev)).toEqual(['1-b', '1-b']);
  });

  it('writes to all collections one at a time, a big write letting the others in between its pieces', async () => {
    const writes: number[] = [];
    const underWay = { now: 0, most: 0 };
    const storage = withChunkedWrites(countingStorage(writes, underWay), 500);
    const [tokens, claims] = await Promise.all([openOn(storage, 'tokens'), openOn(storage, 'claims')]);
    await Promise.all([
      tokens.bulkWrite(
        Array.from({ length: 1_000 }, (_, i) => ({ document: doc(`t${i}`) })),
        'test',
      ),
      claims.bulkWrite([{ document: doc('c1') }], 'test'),
    ]);
    expect(underWay.most).toBe(1);
    // The claim asked while the first piece of tokens was written: it goes before the second.
    expect(writes).toEqual([500, 1, 500]);
  });

  it('leaves a write that fits one piece as it is', async () => {
    const writes: number[] = [];
    const instance = await openInstance(writes);
    await instance.bulkWrite(
      Array.from({ length: 500 }, (_, i) => ({ document: doc(`d${i}`) })),
      'test',
    );
    expect(writes).toEqual([500]);
  });
});
