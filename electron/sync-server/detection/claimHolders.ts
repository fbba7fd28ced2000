// Who holds the keys of pushed clients: the statements detection reads live claims with. Each is
// one statement for the whole push, one index range (or two probes) per key.
import { sortHolders, type CompanyHolder } from '../../../shared/cases/companyHolders';
import { HOLDERS_COMPARED_PER_KEY } from '../../../shared/cases/detectCases';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor } from '../db/sqlStore';

/** The distinct key hashes of $1 (a JSON array), one row `q.h` each. */
const KEY_HASHES = '(select distinct h from jsonb_array_elements_text($1::jsonb) as h) as q';

/**
 * The distinct key hashes of $1, and per hash its earliest live holders, at most $2
 * (documents_claims_key), outside the office the parameter `exceptOffice` names (none when null).
 */
const earliestHoldersSql = (exceptOffice = 'null') => `${KEY_HASHES}
     cross join lateral (
       select d.data from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
         and (${exceptOffice}::text is null or d.office_id <> ${exceptOffice}::text)
       order by ((d.data->>'since')::bigint), d.id
       limit $2
     ) as k`;
const EARLIEST_HOLDERS = earliestHoldersSql();

/** Per key hash, earliest first: rows of one key arrive together, but no order across a lateral join is promised. */
function byKeyHash(claims: Iterable<ClaimDoc>): Map<string, ClaimDoc[]> {
  const byHash = new Map<string, ClaimDoc[]>();
  for (const claim of claims) {
    const list = byHash.get(claim.keyHash) ?? [];
    list.push(claim);
    byHash.set(claim.keyHash, list);
  }
  for (const list of byHash.values()) list.sort((a, b) => a.since - b.since || a.id.localeCompare(b.id));
  return byHash;
}

/**
 * The earliest live holders of each key, at most HOLDERS_COMPARED_PER_KEY: what the matcher
 * compares, and what a look-up answers (there without the asking office's own, `exceptOffice`).
 */
export async function earliestHolders(
  tx: SqlExecutor,
  hashes: readonly string[],
  exceptOffice: string | null = null,
): Promise<Map<string, ClaimDoc[]>> {
  const known = await tx.query<{ data: ClaimDoc }>(`select k.data from ${earliestHoldersSql('$3')}`, [
    JSON.stringify(hashes),
    HOLDERS_COMPARED_PER_KEY,
    exceptOffice,
  ]);
  return byKeyHash(known.map((r) => r.data));
}

/**
 * earliestHolders, leaving out the keys held by one client only. A pushed client's own key held by
 * no one else is most keys of most pushes, and its one holder is the client itself, which the
 * matcher never compares with itself: those rows need not leave the database.
 */
export async function sharedKeyHolders(tx: SqlExecutor, hashes: readonly string[]): Promise<Map<string, ClaimDoc[]>> {
  if (!hashes.length) return new Map();
  const known = await tx.query<{ data: ClaimDoc }>(
    `select x.data from (
       select k.data, count(*) over (partition by q.h) as holders from ${EARLIEST_HOLDERS}
     ) as x where x.holders > 1`,
    [JSON.stringify(hashes), HOLDERS_COMPARED_PER_KEY],
  );
  return byKeyHash(known.map((r) => r.data));
}

/**
 * The claims of the given clients among the earliest live holders of each key: the same holders as
 * earliestHolders (the earliest HOLDERS_COMPARED_PER_KEY of the key, whoever they are), of which
 * only these clients' leave the database.
 */
export async function holdersAmong(
  tx: SqlExecutor,
  hashes: readonly string[],
  clientIds: readonly string[],
): Promise<Map<string, ClaimDoc[]>> {
  if (!hashes.length || !clientIds.length) return new Map();
  const known = await tx.query<{ data: ClaimDoc }>(
    `select k.data from ${EARLIEST_HOLDERS} where (k.data->>'clientId') = any(${textArray('$3')})`,
    [JSON.stringify(hashes), HOLDERS_COMPARED_PER_KEY, JSON.stringify(clientIds)],
  );
  return byKeyHash(known.map((r) => r.data));
}

/**
 * Of the given corporate domains (key hash → the managers of pushed clients holding it), those
 * where one of these managers' clients may share the domain with another manager's: the only ones
 * where a company notice can open. Two probes per domain, its least and greatest owner
 * (documents_claims_domain_owner), however many clients it has.
 */
export async function domainsHeldByOthers(
  tx: SqlExecutor,
  owners: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<string[]> {
  if (!owners.size) return [];
  const holdersOf = (bound: 'min' | 'max') =>
    `(select ${bound}(d.data->>'ownerId') from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'kind') = 'domain' and (d.data->>'keyHash') = q.h)`;
  const rows = await tx.query<{ keyHash: string; least: string | null; greatest: string | null }>(
    `select q.h as "keyHash", ${holdersOf('min')} as least, ${holdersOf('max')} as greatest
       from ${KEY_HASHES}`,
    [JSON.stringify([...owners.keys()])],
  );
  return rows
    .filter(({ keyHash, least, greatest }) => {
      const pushers = owners.get(keyHash)!;
      // Two managers of one push share the domain with each other.
      if (pushers.size > 1) return true;
      return [least, greatest].some((owner) => owner !== null && !pushers.has(owner));
    })
    .map((r) => r.keyHash);
}

/**
 * Per corporate domain, every manager holding it with their earliest client there and how many
 * clients they hold there: what a company notice lists ("alfa-corp.ru — 220 clients of Petya").
 * One index range per domain (documents_claims_key); counted here, never loaded client by client.
 * Detection and the look-up both read holders here, so they name the same earliest manager.
 * `exceptOffice`: leave that office's holders out (a look-up shows only other offices').
 */
export async function companyHolders(
  tx: SqlExecutor,
  domainHashes: readonly string[],
  exceptOffice: string | null = null,
): Promise<Map<string, CompanyHolder[]>> {
  const result = new Map<string, CompanyHolder[]>();
  if (!domainHashes.length) return result;
  const rows = await tx.query<{ data: ClaimDoc; clients: number }>(
    `select k.data, k.clients from ${KEY_HASHES}
     cross join lateral (
       select distinct on (d.data->>'ownerId') d.data,
              count(*) over (partition by d.data->>'ownerId')::int as clients
       from documents d
       where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = q.h
         and ($2::text is null or d.office_id <> $2::text)
       order by d.data->>'ownerId', ((d.data->>'since')::bigint), d.data->>'clientId'
     ) as k`,
    [JSON.stringify([...new Set(domainHashes)]), exceptOffice],
  );
  for (const { data, clients } of rows) {
    const list = result.get(data.keyHash) ?? [];
    list.push({ first: data, clients });
    result.set(data.keyHash, list);
  }
  for (const list of result.values()) sortHolders(list);
  return result;
}
