import { describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { fillWithDefaultSettings, getChangedDocumentsSince, now, type RxStorageDefaultCheckpoint } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { withChangedSinceByRange } from './changedSinceByRange';

const schema = fillWithDefaultSettings({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 40 } },
  required: ['id'],
});

async function openInstance() {
  const storage = withChangedSinceByRange(getRxStorageDexie({ indexedDB, IDBKeyRange }));
  return storage.createStorageInstance<{ id: string }>({
    databaseInstanceToken: 'token',
    databaseName: `changes${Math.random()}`,
    collectionName: 'docs',
    schema,
    options: {},
    multiInstance: false,
    devMode: false,
  });
}

/** Documents of one bulk write share its time, as those of a pulled batch do. */
const doc = (id: string, lwt: number) => ({ id, _deleted: false, _attachments: {}, _rev: '1-a', _meta: { lwt } });

describe('changes since a checkpoint, read as index ranges', () => {
  it('pages through documents written at one time and later ones, each once and in order', async () => {
    const instance = await openInstance();
    const at = now();
    const first = Array.from({ length: 250 }, (_, i) => doc(`a${String(i).padStart(3, '0')}`, at));
    await instance.bulkWrite(
      first.map((document) => ({ document })),
      'test',
    );
    const later = now();
    await instance.bulkWrite(
      [doc('z1', later), doc('b1', later)].map((document) => ({ document })),
      'test',
    );
    const seen: string[] = [];
    let checkpoint: RxStorageDefaultCheckpoint | undefined;
    for (;;) {
      const page = await getChangedDocumentsSince(instance, 100, checkpoint);
      if (!page.documents.length) break;
      seen.push(...page.documents.map((d) => d.id));
      checkpoint = page.checkpoint;
    }
    expect(seen).toEqual([...first.map((d) => d.id), 'b1', 'z1']);
    await instance.remove();
  });
});
