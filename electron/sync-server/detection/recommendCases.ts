// The regulations' recommendation for cases the endpoint is opening: evaluated once, against the
// version in force, with what the endpoint knows at that moment, and stored with the case.
import type { CaseDoc, CaseRecommendation } from '../../../shared/db/schemas/case';
import { evaluateRegulations } from '../../../shared/regulations';
import { caseContextOf } from '../../../shared/regulations/caseContext';
import { recommendationToDoc } from '../../../shared/regulations/recommendationDoc';
import type { SqlExecutor } from '../db/sqlStore';
import { clientFacts, servesHousehold, sideRecordOf } from '../resolution/caseData';
import { sideFactsOf } from '../resolution/caseFacts';
import { currentRegulations } from '../resolution/regulationsStore';

export async function recommendationsFor(
  tx: SqlExecutor,
  cases: readonly Pick<CaseDoc, 'id' | 'owner' | 'newcomer' | 'matched' | 'kind'>[],
  now: number,
): Promise<Map<string, CaseRecommendation>> {
  const result = new Map<string, CaseRecommendation>();
  if (!cases.length) return result;
  const regulations = await currentRegulations(tx);
  const facts = await clientFacts(
    tx,
    cases.flatMap((c) => [c.owner.clientId, c.newcomer.clientId]),
  );
  for (const caseDoc of cases) {
    const context = caseContextOf({
      caseDoc,
      owner: sideFactsOf(sideRecordOf(caseDoc.owner, facts)),
      newcomer: sideFactsOf(sideRecordOf(caseDoc.newcomer, facts)),
      newcomerViaHousehold: await servesHousehold(tx, caseDoc.newcomer.clientId, caseDoc.owner.managerId),
      now,
    });
    result.set(
      caseDoc.id,
      recommendationToDoc(evaluateRegulations(regulations.rules, context), regulations.version, now),
    );
  }
  return result;
}
