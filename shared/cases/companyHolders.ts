import type { ClaimFact } from './claimFact';

/**
 * One manager holding a corporate domain: their earliest client there and how many clients they
 * hold there in all. The endpoint counts these in the database (a company may have hundreds);
 * companyHoldersIn derives them from the claims at hand where that is all there is.
 */
export interface CompanyHolder {
  first: ClaimFact;
  clients: number;
}

/** A notice lists at most this many of a company's managers, the earliest first. */
export const COMPANY_MANAGERS_LISTED = 5;

/** Per domain key hash, its holders grouped by manager, the earliest manager first. */
export function companyHoldersIn(claims: readonly ClaimFact[]): Map<string, CompanyHolder[]> {
  const byKey = new Map<string, Map<string, CompanyHolder>>();
  for (const claim of claims) {
    if (claim.kind !== 'domain') continue;
    const managers = byKey.get(claim.keyHash) ?? new Map<string, CompanyHolder>();
    byKey.set(claim.keyHash, managers);
    const seen = managers.get(claim.ownerId);
    if (!seen) managers.set(claim.ownerId, { first: claim, clients: 1 });
    else managers.set(claim.ownerId, { first: earlier(seen.first, claim), clients: seen.clients + 1 });
  }
  return new Map([...byKey].map(([keyHash, managers]) => [keyHash, sortHolders([...managers.values()])]));
}

export function sortHolders(holders: CompanyHolder[]): CompanyHolder[] {
  return holders.sort((a, b) => (earlier(a.first, b.first) === a.first ? -1 : 1));
}

/** The earlier claim; a tie in since goes to the smaller client id, so every side agrees. */
export function earlier(a: ClaimFact, b: ClaimFact): ClaimFact {
  if (a.since !== b.since) return a.since < b.since ? a : b;
  return a.clientId <= b.clientId ? a : b;
}
