import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import type { CaseDoc } from '../../db';
import type { SyncDocument } from '../../sync';
import type { OfficeCore } from '../officeCore';
import { adoptServerCopies } from './adoptServerCopy';
import { databaseOf } from '../../../test/support/officeDatabase';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

const local: CaseDoc = {
  id: 'client-a|client-b',
  officeIds: ['office-1', 'office-2'],
  owner: {
    clientId: 'client-a',
    clientLabel: 'Ivanov P.',
    managerId: 'petya',
    managerName: 'Petya',
    officeId: 'office-1',
    officeName: 'Office 1',
    since: 1,
  },
  newcomer: {
    clientId: 'client-b',
    clientLabel: 'Ivanov P.',
    managerId: 'masha',
    managerName: 'Masha',
    officeId: 'office-2',
    officeName: 'Office 2',
    since: 2,
  },
  matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
  detectedAt: 10,
  detectedWhere: 'beforeSave',
  causedBy: 'masha',
  status: 'open',
  updatedAt: 10,
};

const endpointCopy: CaseDoc = {
  ...local,
  detectedAt: 9,
  detectedWhere: 'endpoint',
  updatedAt: 9,
  recommendation: {
    outcome: { type: 'negotiate', deadlineHours: 48 },
    ruleId: 'across-offices-negotiate',
    ruleName: 'Across offices the managers negotiate first',
    ruleNumber: 3,
    explanation: 'Rule 3 — …',
    reasons: [],
    regulationsVersion: 0,
    evaluatedAt: 9,
  },
};

async function casesOf(): Promise<RxCollection<SyncDocument>> {
  const core = await openMemoryOffice();
  cores.push(core);
  return databaseOf(core).cases as unknown as RxCollection<SyncDocument>;
}

const stored = async (cases: RxCollection<SyncDocument>) =>
  (await cases.findOne(local.id).exec())?.toMutableJSON() as unknown as CaseDoc | undefined;

describe('adoptServerCopies', () => {
  it("replaces a case this office opened itself with the endpoint's copy (RxDB's pull alone would keep the local one)", async () => {
    const cases = await casesOf();
    const adopter = adoptServerCopies(cases);
    await cases.insert(local as SyncDocument);
    expect((await adopter.modifier({ ...endpointCopy, _deleted: false })).id).toBe(local.id);
    expect(await stored(cases)).toEqual(endpointCopy);
    adopter.subscription.unsubscribe();
  });

  it("also when the office's own insert lands after the endpoint's copy went by", async () => {
    const cases = await casesOf();
    const adopter = adoptServerCopies(cases);
    // No local case yet: the copy is left to the replication (which, in the race, skips it).
    await adopter.modifier({ ...endpointCopy, _deleted: false });
    expect(await cases.count().exec()).toBe(0);
    await cases.insert(local as SyncDocument);
    await expect.poll(() => stored(cases)).toEqual(endpointCopy);
    adopter.subscription.unsubscribe();
  });

  it('removes a case the endpoint deleted', async () => {
    const cases = await casesOf();
    const adopter = adoptServerCopies(cases);
    await cases.insert(local as SyncDocument);
    await adopter.modifier({ ...endpointCopy, _deleted: true });
    expect(await cases.count().exec()).toBe(0);
    adopter.subscription.unsubscribe();
  });
});
