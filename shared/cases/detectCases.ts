import { groupBy } from '../payouts/groupBy';
import { caseIdFor } from './caseId';
import type { ClaimFact } from './claimFact';
import type { CaseParty, DetectedCase, DetectedMerge } from './detectedCase';

/**
 * Detection compares a client's keys with the earliest holders of each key, at most this many,
 * in the office and at the endpoint alike. A key held by hundreds of clients (a switchboard
 * number, a big corporate domain) would otherwise make every save or push that carries it read
 * them all; its owner is the earliest holder, and a case against that owner (and the next
 * earliest) is what the regulations need.
 */
export const HOLDERS_COMPARED_PER_KEY = 50;

/**
 * The one matcher behind all three detection points. Given the claims of one client and the
 * claims already known for the same keys, it returns the cases to open: one per other client
 * held by another manager. Names never get here: only keys open cases.
 */
export function detectCases(
  clientClaims: readonly ClaimFact[],
  known: readonly ClaimFact[],
): { cases: DetectedCase[]; merges: DetectedMerge[] } {
  const mine = clientClaims[0];
  if (!mine) return { cases: [], merges: [] };
  const myHashes = new Map(clientClaims.map((c) => [c.keyHash, c]));
  const byOther = groupBy(
    known.filter((claim) => claim.clientId !== mine.clientId && myHashes.has(claim.keyHash)),
    (claim) => claim.clientId,
  );
  const cases: DetectedCase[] = [];
  const merges: DetectedMerge[] = [];
  for (const [otherId, claims] of byOther) {
    const other = claims[0]!;
    if (other.ownerId === mine.ownerId) {
      merges.push({ clientIds: [mine.clientId, otherId].sort() as [string, string], managerId: mine.ownerId });
      continue;
    }
    const otherSince = Math.min(...claims.map((c) => c.since));
    const mineFirst = mine.since < otherSince || (mine.since === otherSince && mine.clientId < otherId);
    const matched = dedupe(claims.map((c) => ({ kind: c.kind, display: myHashes.get(c.keyHash)!.display })));
    const [owner, newcomer] = mineFirst
      ? [party(mine), party({ ...other, since: otherSince })]
      : [party({ ...other, since: otherSince }), party(mine)];
    cases.push({ id: caseIdFor(mine.clientId, otherId), owner, newcomer, matched });
  }
  return { cases: cases.sort((a, b) => a.id.localeCompare(b.id)), merges };
}

function party(c: ClaimFact): CaseParty {
  return {
    clientId: c.clientId,
    clientLabel: c.clientLabel,
    managerId: c.ownerId,
    managerName: c.ownerName,
    officeId: c.officeId,
    officeName: c.officeName,
    since: c.since,
  };
}

function dedupe<T extends { kind: string; display: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.kind}\u0000${i.display}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
