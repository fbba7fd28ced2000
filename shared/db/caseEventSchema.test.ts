// An office that stored case steps before the endpoint's sibling step existed (case steps schema
// version 0) opens its database with the new version: the steps it holds are kept as they are.
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { openClaimdeskDatabase } from './database';
import { caseEventSchema, type CaseEventDoc } from './schemas/caseEvent';

const versionZero = {
  ...caseEventSchema,
  version: 0,
  properties: {
    ...Object.fromEntries(Object.entries(caseEventSchema.properties).filter(([key]) => key !== 'sibling')),
    type: {
      type: 'string',
      enum: ['propose', 'counter', 'accept', 'escalate', 'decide', 'deadlineSet', 'leadHandover'],
      maxLength: 16,
    },
  },
} as typeof caseEventSchema;

const proposal: CaseEventDoc = {
  id: 'p1',
  caseId: 'case:a:b',
  officeIds: ['o1', 'o2'],
  type: 'propose',
  at: 1,
  by: { userId: 'petya', role: 'manager', officeId: 'o1', name: 'Petya' },
  terms: { keeper: 'owner', firstOrderSplit: { owner: 60, newcomer: 40 }, note: '' },
};

describe('case steps schema', () => {
  it('version 1 keeps the steps an office stored under version 0, and stores the sibling step', async () => {
    const storage = wrappedValidateAjvStorage({ storage: getRxStorageMemory() });
    const old = await createRxDatabase({ name: 'migrating-office', storage, multiInstance: false });
    await old.addCollections({ caseevents: { schema: versionZero } });
    await old.caseevents!.insert(proposal);
    await old.close();

    const db = await openClaimdeskDatabase({ name: 'migrating-office', storage, multiInstance: false });
    expect((await db.caseevents.findOne('p1').exec())?.toJSON()).toMatchObject(proposal);
    await db.caseevents.insert({
      ...proposal,
      id: 's1',
      type: 'siblingSettled',
      sibling: {
        caseId: 'case:a:c',
        eventId: 'a1',
        kind: 'agreement',
        effect: 'settles',
        clientId: 'b',
        clientLabel: 'Ivanov S.',
        otherClientLabel: 'Ivanov P.',
        keeperId: 'petya',
        keeperName: 'Petya',
      },
    });
    expect(await db.caseevents.count().exec()).toBe(2);
    await db.close();
  });
});
