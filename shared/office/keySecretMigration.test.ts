import { describe, expect, it, onTestFinished } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createKeyHasher } from '../identity';
import type { ClaimDoc } from '../db';
import { databaseOf } from '../../test/support/officeDatabase';
import { emptyDraft } from './clientDraft';
import { createOfficeCrypto } from './webCryptoPort';
import { openOfficeCore } from './officeCore';

const AGENCY_SECRET = 'the-agency-secret-an-earlier-version-pulled';
const PHONE = 'phone:+79161234567';

describe('a workstation made by the version that pulled the agency key secret', () => {
  it('on opening, gets its own secret, drops other offices’ claims and rebuilds its own', async () => {
    const name = `agencySecret${Date.now()}`;
    const open = () =>
      openOfficeCore({
        name,
        storage: getRxStorageMemory(),
        multiInstance: false,
        crypto: createOfficeCrypto(globalThis.crypto),
      });
    const before = await open();
    await before.setProfile({ userName: 'Petya Ivanov', officeName: 'Office 1', defaultCountry: 'RU' });
    const saved = await before.saveClient({
      ...emptyDraft(),
      fullName: 'Иванов Пётр',
      phones: ['+7 916 123-45-67'],
      emails: ['petr@alfa.ru'],
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const own = saved.value.client;
    // What the earlier version stored: the agency's secret, and claims hashed with it — its own
    // and another office's, pulled from the endpoint.
    const agencyHash = createKeyHasher(AGENCY_SECRET);
    const db = databaseOf(before);
    await db.claims.find().remove();
    const claimOf = (clientId: string, officeId: string): ClaimDoc => ({
      id: `${agencyHash(PHONE)}|${clientId}`,
      keyHash: agencyHash(PHONE),
      kind: 'phone',
      display: '+7 916 ***-**-67',
      clientId,
      clientLabel: 'Иванов П.',
      ownerId: clientId === own.id ? own.ownerId : 'masha',
      ownerName: clientId === own.id ? own.ownerName : 'Masha Petrova',
      officeId,
      officeName: officeId,
      since: Date.UTC(2026, 8, 1),
      lastActivityAt: Date.UTC(2026, 9, 1),
    });
    await db.claims.bulkInsert([claimOf(own.id, own.officeId), claimOf('foreign-client', 'office-2')]);
    await db.upsertLocal('keySecret', { secret: AGENCY_SECRET, agency: true });
    await before.close();

    const after = await open();
    onTestFinished(() => after.close());
    expect(after.hashIdentityKey(PHONE)).not.toBe(agencyHash(PHONE));
    const stored = (await databaseOf(after).getLocal<{ secret: string; agency?: boolean }>('keySecret'))?.toJSON().data;
    expect(stored?.secret).not.toBe(AGENCY_SECRET);
    expect(stored?.agency).toBeUndefined();

    const claims = (await databaseOf(after).claims.find().exec()).map((d) => d.toJSON() as ClaimDoc);
    expect(claims.some((c) => c.clientId === 'foreign-client')).toBe(false);
    expect(claims.some((c) => c.keyHash === agencyHash(PHONE))).toBe(false);
    expect(
      claims
        .filter((c) => c.clientId === own.id)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['domain', 'email', 'phone']);

    const check = await after.checkDuplicates({ fullName: '', phones: ['89161234567'], emails: [] });
    expect(check.matches.map((m) => m.clientId)).toEqual([own.id]);
  });
});
