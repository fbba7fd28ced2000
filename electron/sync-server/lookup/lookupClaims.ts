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
import { HOLDERS_COMPARED_PER_KEY } from '../../../shared/cases/detectCases';
import { companyHolders } from '../detection/claimHolders';
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
 * The earliest live holders of each key hash outside `exceptOffice` (the caller's own office,
 * which the office checks locally; null for admins), at most as many as detection compares.
 * One statement, one range of documents_claims_key per key.
 */
export async function earliestHolders(
  tx: SqlExecutor,
  hashes: readonly string[],
  exceptOffice: string | null,
): Promise<Map<string, ClaimDoc[]>> {
  const rows = await tx.query<{ data: ClaimDoc }>(
    `select k.data from (select distinct h from jsonb_array_elements_text($1::jsonb) as h) as q
     cross join lateral (
       select d.data from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
         and ($2::text is null or d.office_id <> $2::text)
       order by ((d.data->>'since')::bigint), d.id
       limit $3
     ) as k`,
    [JSON.stringify(hashes), exceptOffice, HOLDERS_COMPARED_PER_KEY],
  );
  // Rows of one key arrive together, but an order across the lateral join is not promised: sort.
  const byHash = new Map<string, ClaimDoc[]>();
  for (const { data } of rows) {
    const list = byHash.get(data.keyHash) ?? [];
    list.push(data);
    byHash.set(data.keyHash, list);
  }
  for (const list of byHash.values()) list.sort((a, b) => a.since - b.since || a.id.localeCompare(b.id));
  return byHash;
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
