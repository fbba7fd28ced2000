// What the matcher compares a push's changed clients with, read without loading holders it would
// pass over: a key no one else holds, a domain shared with no other manager.
import type { CompanyHolder } from '../../../shared/cases/companyHolders';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import type { SqlExecutor } from '../db/sqlStore';
import { companyHolders, domainsHeldByOthers, holdersAmong, sharedKeyHolders } from './claimHolders';

export interface HoldersToCompare {
  /** Per key hash, its earliest live holders the matcher can tell anything from. */
  byHash: Map<string, ClaimDoc[]>;
  /** Per corporate domain held by more than one manager, its holders counted by manager. */
  companies: Map<string, CompanyHolder[]>;
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

export async function holdersToCompare(tx: SqlExecutor, changed: readonly ClaimDoc[][]): Promise<HoldersToCompare> {
  const claims = changed.flat();
  const domains = claims.filter((c) => c.kind === 'domain');
  const byHash = await sharedKeyHolders(tx, unique(claims.filter((c) => c.kind !== 'domain').map((c) => c.keyHash)));
  // A shared domain counts towards a person case only beside a shared phone or e-mail, so only the
  // domain claims of clients sharing one of those are compared; a domain alone is a company notice.
  const sharingPerson = unique([...byHash.values()].flat().map((c) => c.clientId));
  const domainHolders = await holdersAmong(tx, unique(domains.map((c) => c.keyHash)), sharingPerson);
  for (const [hash, holders] of domainHolders) byHash.set(hash, holders);

  const owners = new Map<string, Set<string>>();
  for (const { keyHash, ownerId } of domains) owners.set(keyHash, (owners.get(keyHash) ?? new Set()).add(ownerId));
  const companies = await companyHolders(tx, await domainsHeldByOthers(tx, owners));
  return { byHash, companies };
}
