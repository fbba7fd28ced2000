// Cases opened at push: the shared matcher run against the live holders of the pushed clients' keys.
import { caseDocFor } from '../../../shared/cases/caseDoc';
import { detectCases } from '../../../shared/cases/detectCases';
import type { DetectedCase } from '../../../shared/cases/detectedCase';
import type { CaseRecommendation } from '../../../shared/db/schemas/case';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import type { SqlExecutor } from '../db/sqlStore';
import { lockCommitOrder, writeDocuments, type DocumentWrite } from '../documents/documentStore';
import { holdersToCompare } from './holdersToCompare';
import { recommendationsFor } from './recommendCases';
import { textArray } from '../db/sqlArrays';

/**
 * Runs the shared matcher for each changed client (all its claims) against the earliest live
 * holders of its keys (holdersToCompare), and stores the cases not stored yet. Must run after the
 * changed claims were written, so clients of the same push match each other.
 */
export async function openCasesAtPush(
  tx: SqlExecutor,
  changed: readonly ClaimDoc[][],
  causedBy: string,
  now: number,
  recommend: boolean,
): Promise<void> {
  const { byHash, companies } = await holdersToCompare(tx, changed);
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
