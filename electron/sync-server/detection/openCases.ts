// Cases opened at push: the shared matcher run against the live holders of the pushed clients' keys.
import { caseDocFor } from '../../../shared/cases/caseDoc';
import { sortHolders, type CompanyHolder } from '../../../shared/cases/companyHolders';
import { detectCases, HOLDERS_COMPARED_PER_KEY } from '../../../shared/cases/detectCases';
import type { DetectedCase } from '../../../shared/cases/detectedCase';
import type { CaseRecommendation } from '../../../shared/db/schemas/case';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import type { SqlExecutor } from '../db/sqlStore';
import { lockCommitOrder, writeDocuments, type DocumentWrite } from '../documents/documentStore';
import { recommendationsFor } from './recommendCases';
import { textArray } from '../db/sqlArrays';

/**
 * Runs the shared matcher for each changed client (all its claims) against the earliest live
 * holders of its keys, and stores the cases not stored yet. Must run after the changed claims
 * were written, so clients of the same push match each other.
 */
export async function openCasesAtPush(
  tx: SqlExecutor,
  changed: readonly ClaimDoc[][],
  causedBy: string,
  now: number,
  recommend: boolean,
): Promise<void> {
  const hashes = [...new Set(changed.flatMap((claims) => claims.map((c) => c.keyHash)))];
  const byHash = await earliestHolders(tx, hashes);
  const companies = await companyHolders(
    tx,
    changed.flatMap((claims) => claims.filter((c) => c.kind === 'domain').map((c) => c.keyHash)),
  );
  const found = new Map<string, DetectedCase>();
  for (const claims of changed) {
    const holders = claims.flatMap((c) => byHash.get(c.keyHash) ?? []);
    for (const detected of detectCases(claims, holders, companies).cases)
      if (!found.has(detected.id)) found.set(detected.id, detected);
  }
  if (!found.size) return;

  // The id is deterministic: a case already stored (by an earlier push or by an office) is left as it is.
  const stored = await tx.query<{ id: string }>(
    `select id from documents where collection = 'cases' and id = any(${textArray('$1')})`,
    [JSON.stringify([...found.keys()])],
  );
  for (const { id } of stored) found.delete(id);
  if (!found.size) return;

  await lockCommitOrder(tx, 'cases');
  // Evaluated once, here: a stored case is never re-evaluated, so changing the rules never rewrites it.
  const recommendations = recommend
    ? await recommendationsFor(tx, [...found.values()], now)
    : new Map<string, CaseRecommendation>();
  const writes = [...found.values()].map((detected): DocumentWrite => {
    const doc = caseDocFor(detected, {
      detectedWhere: 'endpoint',
      causedBy,
      now,
      recommendation: recommendations.get(detected.id),
    });
    return { id: doc.id, officeId: doc.owner.officeId, scopeOfficeIds: doc.officeIds, data: doc, deleted: false };
  });
  await writeDocuments(tx, 'cases', writes, now);
}

/** The earliest live holders of each key, at most HOLDERS_COMPARED_PER_KEY: what the matcher compares. */
export async function earliestHolders(tx: SqlExecutor, hashes: readonly string[]): Promise<Map<string, ClaimDoc[]>> {
  // One statement, one index range per key (documents_claims_key), the earliest holders first.
  const known = await tx.query<{ data: ClaimDoc }>(
    `select k.data from (select distinct h from jsonb_array_elements_text($1::jsonb) as h) as q
     cross join lateral (
       select d.data from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
       order by ((d.data->>'since')::bigint), d.id
       limit $2
     ) as k`,
    [JSON.stringify(hashes), HOLDERS_COMPARED_PER_KEY],
  );
  const byHash = new Map<string, ClaimDoc[]>();
  for (const { data } of known) {
    const list = byHash.get(data.keyHash) ?? [];
    list.push(data);
    byHash.set(data.keyHash, list);
  }
  return byHash;
}

/**
 * Per corporate domain, every manager holding it with their earliest client there and how many
 * clients they hold there: what a company notice lists ("alfa-corp.ru — 220 clients of Petya").
 * One index range per domain (documents_claims_key); counted here, never loaded client by client.
 */
export async function companyHolders(
  tx: SqlExecutor,
  domainHashes: readonly string[],
): Promise<Map<string, CompanyHolder[]>> {
  const result = new Map<string, CompanyHolder[]>();
  if (!domainHashes.length) return result;
  const rows = await tx.query<{ data: ClaimDoc; clients: number }>(
    `select k.data, k.clients from (select distinct h from jsonb_array_elements_text($1::jsonb) as h) as q
     cross join lateral (
       select distinct on (d.data->>'ownerId') d.data,
              count(*) over (partition by d.data->>'ownerId')::int as clients
       from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
       order by d.data->>'ownerId', ((d.data->>'since')::bigint), d.data->>'clientId'
     ) as k`,
    [JSON.stringify([...new Set(domainHashes)])],
  );
  for (const { data, clients } of rows) {
    const list = result.get(data.keyHash) ?? [];
    list.push({ first: data, clients });
    result.set(data.keyHash, list);
  }
  for (const list of result.values()) sortHolders(list);
  return result;
}
