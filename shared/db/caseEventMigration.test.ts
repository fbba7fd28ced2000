import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openClaimdeskDatabase } from './database';
import { caseEventSchema, termsDocSchema, type CaseEventDoc } from './schemas/caseEvent';

const { disputedDeals: _added, ...termsBefore } = termsDocSchema.properties;
/** The steps' schema before terms could name disputed deals. */
const versionZero = {
  ...caseEventSchema,
  version: 0,
  properties: { ...caseEventSchema.properties, terms: { ...termsDocSchema, properties: termsBefore } },
} as unknown as RxJsonSchema<CaseEventDoc>;

const proposal: CaseEventDoc = {
  id: 'p1',
  caseId: 'case-1',
  officeIds: ['o1', 'o2'],
  type: 'propose',
  at: Date.UTC(2026, 10, 1),
  by: { userId: 'petya', role: 'manager', officeId: 'o1', name: 'Petya Ivanov' },
  terms: { keeper: 'owner', firstOrderSplit: { owner: 60, newcomer: 40 }, note: '' },
};

describe('case steps stored before terms could name disputed deals', () => {
  it('are kept as they are when the office opens the database of this version', async () => {
    const name = `caseEventsV0${Date.now()}`;
    const storage = getRxStorageMemory();
    const before = await createRxDatabase({ name, storage, multiInstance: false });
    const { caseevents } = await before.addCollections({ caseevents: { schema: versionZero } });
    await caseevents.insert(proposal);
    await before.close();

    const after = await openClaimdeskDatabase({ name, storage, multiInstance: false });
    onTestFinished(async () => {
      await after.close();
    });
    expect((await after.caseevents.findOne('p1').exec())?.toJSON()).toMatchObject(proposal);
    await after.caseevents.insert({
      ...proposal,
      id: 'p2',
      terms: { ...proposal.terms!, disputedDeals: ['d-paid'] },
    });
    expect((await after.caseevents.findOne('p2').exec())?.toJSON().terms?.disputedDeals).toEqual(['d-paid']);
  });
});
