// The regulations' Recommendation as a case document stores it (CaseDoc.recommendation): the
// endpoint writes it once when it opens a case; reasons' params become JSON text because RxDB
// schemas want declared keys.
import type { CaseRecommendation } from '../db';
import type { Recommendation } from './evaluateRegulations';

export function recommendationToDoc(
  rec: Recommendation,
  regulationsVersion: number,
  evaluatedAt: number,
): CaseRecommendation {
  const o = rec.outcome;
  return {
    outcome: {
      type: o.type,
      ...(o.type === 'splitFirstOrder' ? { owner: o.owner, newcomer: o.newcomer } : {}),
      ...(o.type === 'negotiate' ? { deadlineHours: o.deadlineHours } : {}),
    },
    ruleId: rec.rule?.id ?? '',
    ruleName: rec.rule?.name ?? '',
    ruleNumber: rec.ruleNumber ?? 0,
    explanation: rec.explanation,
    reasons: rec.reasons.map((r) => ({ condition: r.condition, text: r.text, params: JSON.stringify(r.params) })),
    regulationsVersion,
    evaluatedAt,
  };
}
