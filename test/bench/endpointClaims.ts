import { readKeySecret } from '../../electron/sync-server/db/migrations';
import type { SqlStore } from '../../electron/sync-server/db/sqlStore';
import {
  lockCommitOrder,
  writeDocuments,
  type DocumentWrite,
} from '../../electron/sync-server/documents/documentStore';
import type { ClaimDoc } from '../../shared/db';
import { createKeyHasher, maskEmail, maskPhone } from '../../shared/identity';
import { benchPhone } from './claimsFixture';

/** Identity key of the i-th claim: even ones a phone, odd ones an email, two claims per client. */
export function endpointClaimKey(i: number): string {
  return i % 2 === 0 ? `phone:${benchPhone(i)}` : `email:client${i}@example-${i % 97}.ru`;
}

/** A key no claim of fillEndpointClaims holds (a distinct one per i). */
export function unclaimedKey(i: number): string {
  return `email:nobody${i}@example-${i % 97}.ru`;
}

export interface ClaimOffice {
  id: string;
  name: string;
  owner: { id: string; name: string };
}

/** The office of the i-th claim: clients spread evenly over the offices. */
export function officeOfClaim(i: number, offices: readonly ClaimOffice[]): ClaimOffice {
  return offices[Math.floor(i / 2) % offices.length]!;
}

/**
 * Fills the endpoint's claims index with n claims straight into the documents table, in batches,
 * with the statement detection itself writes claims with (writeDocuments, under the claims'
 * commit-order lock): pushing n/2 clients would measure the push, not the look-up.
 */
export async function fillEndpointClaims(
  store: SqlStore,
  n: number,
  offices: readonly ClaimOffice[],
  batch = 10_000,
): Promise<void> {
  const hashKey = createKeyHasher(await readKeySecret(store));
  const since = Date.now() - n;
  for (let start = 0; start < n; start += batch) {
    const writes: DocumentWrite[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const key = endpointClaimKey(i);
      const keyHash = hashKey(key);
      const clientId = `c${Math.floor(i / 2)}`;
      const office = officeOfClaim(i, offices);
      const claim: ClaimDoc = {
        id: `${keyHash}|${clientId}`,
        keyHash,
        kind: key.startsWith('phone:') ? 'phone' : 'email',
        display: key.startsWith('phone:') ? maskPhone(key.slice(6)) : maskEmail(key.slice(6)),
        clientId,
        clientLabel: `Client ${clientId}`,
        ownerId: office.owner.id,
        ownerName: office.owner.name,
        officeId: office.id,
        officeName: office.name,
        since: since + i,
        lastActivityAt: since + i,
      };
      writes.push({ id: claim.id, officeId: office.id, data: claim, deleted: false });
    }
    await store.transaction(async (tx) => {
      await lockCommitOrder(tx, 'claims');
      await writeDocuments(tx, 'claims', writes, Date.now());
    });
  }
}
