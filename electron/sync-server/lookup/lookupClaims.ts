// POST /claims/lookup: the claims of other offices holding the keys a person typed, within budget.
//
// The endpoint hashes the keys with the secret that never leaves it, so an office learns about
// other offices' clients only key by key, for keys it already has, at a pace the budget allows.
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import type {
  ClaimsLookupMatch,
  ClaimsLookupResponse,
  CompanyCount,
  LookupBudget,
  SessionUser,
} from '../../../shared/sync';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { companyHolders, earliestHolders } from '../detection/claimHolders';
import { keyHasherIn } from '../detection/keySecret';
import { visibleOffice } from '../documents/scope';
import { assessBudget, refusalFailure, type BudgetRefusal } from './budget';
import { readLookupBudget } from './budgetSettings';
import { lockLookupsOf, recentLookups, recordLookups, recordRefusal } from './lookupLog';

export function matchOf(claim: ClaimDoc): ClaimsLookupMatch {
  const { clientId, clientLabel, ownerId, ownerName, officeId, officeName, since, lastActivityAt, kind, display } =
    claim;
  return { clientId, clientLabel, ownerId, ownerName, officeId, officeName, since, lastActivityAt, kind, display };
}

/**
 * Per corporate domain hash, every manager outside `exceptOffice` holding it, with their count
 * and earliest client: the warning says "220 clients of Petya" without listing 220 cards.
 */
async function companyCounts(
  tx: SqlExecutor,
  hashes: readonly string[],
  exceptOffice: string | null,
): Promise<Map<string, CompanyCount[]>> {
  const byHash = new Map<string, CompanyCount[]>();
  for (const [hash, holders] of await companyHolders(tx, hashes, exceptOffice))
    byHash.set(
      hash,
      holders.map(({ first, clients }) => ({
        domain: first.display,
        managerId: first.ownerId,
        managerName: first.ownerName,
        officeName: first.officeName,
        clients,
        since: first.since,
      })),
    );
  return byHash;
}

type Outcome = { answered: ClaimsLookupResponse } | { refused: BudgetRefusal; budget: LookupBudget };

/** `keys`: distinct, validated identity keys (checkClaimsLookup). Over budget: 429, nothing answered. */
export async function lookupClaims(
  store: SqlStore,
  user: SessionUser,
  keys: readonly string[],
  now: number,
): Promise<ClaimsLookupResponse> {
  const outcome = await store.transaction(async (tx): Promise<Outcome> => {
    const hashKey = await keyHasherIn(tx);
    const hashes = keys.map(hashKey);
    await lockLookupsOf(tx, user.id);
    const budget = await readLookupBudget(tx);
    const assessment = assessBudget(await recentLookups(tx, user.id, now), hashes, budget, now);
    if (!assessment.fits) {
      await recordRefusal(tx, user.id, keys.length, now);
      return { refused: assessment.refusal, budget };
    }
    const holders = hashes.length
      ? await earliestHolders(tx, hashes, visibleOffice(user))
      : new Map<string, ClaimDoc[]>();
    const found = hashes.map((keyHash) => ({ keyHash, matched: holders.get(keyHash)?.length ?? 0 }));
    await recordLookups(tx, user.id, found, now);
    const domainHashes = hashes.filter((_, i) => keys[i]!.startsWith('domain:'));
    const companies = await companyCounts(tx, domainHashes, visibleOffice(user));
    const results = keys.map((key, i) => {
      const counted = companies.get(hashes[i]!);
      return { key, matches: (holders.get(hashes[i]!) ?? []).map(matchOf), ...(counted ? { companies: counted } : {}) };
    });
    return { answered: { results, budget: assessment.state } };
  });
  if ('refused' in outcome) throw refusalFailure(outcome.refused, outcome.budget, now);
  return outcome.answered;
}
