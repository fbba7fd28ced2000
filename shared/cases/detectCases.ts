import { groupBy } from '../payouts/groupBy';
import { caseIdFor, companyNoticeIdFor } from './caseId';
import type { ClaimFact } from './claimFact';
import { COMPANY_MANAGERS_LISTED, companyHoldersIn, earlier, type CompanyHolder } from './companyHolders';
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
 * claims already known for the same keys, it returns what to open:
 * - a person case per other client held by another manager that shares a phone or an email
 *   (the same person);
 * - a company notice per corporate domain the client shares only by domain with other managers'
 *   clients that came first (someone at a company another manager works with): one notice for
 *   the client, however many of the company's people are held, never a case per pair.
 * A manager who already has a person case with the client is not listed on its company notice,
 * so a phone and a domain together give the person case only. Names never get here.
 *
 * `companies` (per domain key hash, the holders by manager with their counts) is what the endpoint
 * counted in its database; without it, the holders are counted among `known`.
 */
export function detectCases(
  clientClaims: readonly ClaimFact[],
  known: readonly ClaimFact[],
  companies?: ReadonlyMap<string, readonly CompanyHolder[]>,
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
  const personManagers = new Set<string>();
  for (const [otherId, claims] of byOther) {
    // A shared domain alone is a colleague at the same company, not the same person.
    if (claims.every((c) => c.kind === 'domain')) continue;
    const other = claims[0]!;
    if (other.ownerId === mine.ownerId) {
      merges.push({ clientIds: [mine.clientId, otherId].sort() as [string, string], managerId: mine.ownerId });
      continue;
    }
    personManagers.add(other.ownerId);
    const otherSince = Math.min(...claims.map((c) => c.since));
    const mineFirst = mine.since < otherSince || (mine.since === otherSince && mine.clientId < otherId);
    const matched = dedupe(claims.map((c) => ({ kind: c.kind, display: myHashes.get(c.keyHash)!.display })));
    const [owner, newcomer] = mineFirst
      ? [party(mine), party({ ...other, since: otherSince })]
      : [party({ ...other, since: otherSince }), party(mine)];
    cases.push({ id: caseIdFor(mine.clientId, otherId), owner, newcomer, matched });
  }
  const holders = companies ?? companyHoldersIn(known.filter((c) => c.clientId !== mine.clientId));
  for (const domainClaim of clientClaims.filter((c) => c.kind === 'domain')) {
    const notice = companyNotice(mine, domainClaim, holders.get(domainClaim.keyHash) ?? [], personManagers);
    if (notice) cases.push(notice);
  }
  return { cases: cases.sort((a, b) => a.id.localeCompare(b.id)), merges };
}

/**
 * The notice for `mine` at the company of `domainClaim`, when other managers held the domain
 * before it (the company's earliest holder never gets a notice for being first).
 */
function companyNotice(
  mine: ClaimFact,
  domainClaim: ClaimFact,
  holders: readonly CompanyHolder[],
  personManagers: ReadonlySet<string>,
): DetectedCase | null {
  const managers = holders.filter(
    (h) =>
      h.first.ownerId !== mine.ownerId &&
      h.first.clientId !== mine.clientId &&
      !personManagers.has(h.first.ownerId) &&
      earlier(h.first, mine) === h.first,
  );
  const company = managers[0];
  if (!company) return null;
  const domain = domainClaim.display;
  return {
    id: companyNoticeIdFor(domain, mine.clientId),
    kind: 'company',
    owner: party(company.first),
    newcomer: party(mine),
    matched: [{ kind: 'domain', display: domain }],
    company: {
      domain,
      managers: managers.slice(0, COMPANY_MANAGERS_LISTED).map((h) => ({
        managerId: h.first.ownerId,
        managerName: h.first.ownerName,
        officeId: h.first.officeId,
        officeName: h.first.officeName,
        clients: h.clients,
      })),
    },
  };
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
