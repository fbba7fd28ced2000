import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openClaimdeskDatabase, type ClaimdeskDatabase } from '../db';
import { upsertData } from './upsertData';

let db: ClaimdeskDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('writing derived documents', () => {
  it('inserts new documents and replaces those that exist, in one call', async () => {
    db = await openClaimdeskDatabase({
      name: `upsert${Date.now()}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    await db.nametokens.insert({ id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1' });
    const events: string[] = [];
    const subscription = db.nametokens.$.subscribe((e) => events.push(`${e.operation} ${e.documentId}`));
    await upsertData(db.nametokens, [
      { id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1-moved' },
      { id: 'ptrv|c2', skeleton: 'ptrv', clientId: 'c2' },
    ]);
    subscription.unsubscribe();
    const stored = (await db.nametokens.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON());
    expect(stored).toEqual([
      { id: 'ivnv|c1', skeleton: 'ivnv', clientId: 'c1-moved' },
      { id: 'ptrv|c2', skeleton: 'ptrv', clientId: 'c2' },
    ]);
    expect(events.sort()).toEqual(['INSERT ptrv|c2', 'UPDATE ivnv|c1']);
  });

  it('writes nothing for nothing', async () => {
    db = await openClaimdeskDatabase({
      name: `upsert${Date.now()}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    await upsertData(db.nametokens, []);
    expect(await db.nametokens.count().exec()).toBe(0);
  });
});
