// An office that stored clients before records of one person could be linked or merged (clients
// schema version 2) opens its database with the new version: its clients are kept as they are.
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { openClaimdeskDatabase } from './database';
import { clientSchema, type ClientDoc } from './schemas/client';

const samePersonFields = new Set(['linkedWith', 'absorbed', 'mergedInto']);
const versionTwo = {
  ...clientSchema,
  version: 2,
  properties: Object.fromEntries(Object.entries(clientSchema.properties).filter(([key]) => !samePersonFields.has(key))),
} as typeof clientSchema;

const client: ClientDoc = {
  id: 'c1',
  officeId: 'o1',
  ownerId: 'petya',
  ownerName: 'Petya',
  fullName: 'Иванов Пётр',
  sortName: 'иванов пётр',
  phones: [{ e164: '+79161234567', extension: '' }],
  emails: ['petr@mail.ru'],
  company: '',
  notes: 'Любит Турцию',
  identityKeys: ['phone:+79161234567', 'email:petr@mail.ru'],
  householdId: '',
  createdAt: 1,
  updatedAt: 2,
  lastActivityAt: 3,
  mergeHistory: [],
};

describe('clients schema', () => {
  it('version 3 keeps the clients an office stored under version 2, and stores a merge', async () => {
    const storage = wrappedValidateAjvStorage({ storage: getRxStorageMemory() });
    const old = await createRxDatabase({ name: 'office-before-merges', storage, multiInstance: false });
    await old.addCollections({ clients: { schema: versionTwo, migrationStrategies: { 1: (d) => d, 2: (d) => d } } });
    await old.clients!.insert(client);
    await old.close();

    const db = await openClaimdeskDatabase({ name: 'office-before-merges', storage, multiInstance: false });
    expect((await db.clients.findOne('c1').exec())?.toJSON()).toStrictEqual(client);
    const { phones, emails, notes, company, identityKeys, lastActivityAt } = client;
    const before = { phones, emails, notes, company, identityKeys, lastActivityAt };
    await db.clients.insert({ ...client, id: 'c2', linkedWith: ['c3'], absorbed: [{ clientId: 'c4', at: 5, before }] });
    await db.clients.insert({ ...client, id: 'c4', mergedInto: { clientId: 'c2', at: 5 } });
    expect(await db.clients.count().exec()).toBe(3);
    await db.close();
  });
});
