import type { ClaimDoc, NameTokenDoc } from '../../shared/db';
import type { OfficeCore } from '../../shared/office';
import { databaseOf } from '../support/officeDatabase';

/** Phone of the i-th generated client: distinct valid Russian mobiles. */
export function benchPhone(i: number): string {
  return `+7916${String(1_000_000 + i).slice(-7)}`;
}

/**
 * Fills an office with n claims (and as many name tokens) straight into its collections:
 * saving n clients one by one would measure the fixture, not the check.
 */
export async function fillClaims(core: OfficeCore, n: number, batch = 20_000): Promise<void> {
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const claims: ClaimDoc[] = [];
    const tokens: NameTokenDoc[] = [];
    for (let i = start; i < end; i++) {
      const keyHash = await core.hashIdentityKey(`phone:${benchPhone(i)}`);
      const clientId = `c${i}`;
      claims.push({
        id: `${keyHash}|${clientId}`,
        keyHash,
        kind: 'phone',
        display: '+7 916 ***-**-00',
        clientId,
        clientLabel: `Client ${i}`,
        ownerId: `u${i % 50}`,
        ownerName: `Manager ${i % 50}`,
        officeId: `o${i % 10}`,
        officeName: `Office ${i % 10}`,
        since: i,
        lastActivityAt: i,
      });
      tokens.push({ id: `k${i.toString(36)}|${clientId}`, skeleton: `k${i.toString(36)}`, clientId });
    }
    await databaseOf(core).claims.bulkInsert(claims);
    await databaseOf(core).nametokens.bulkInsert(tokens);
  }
}
