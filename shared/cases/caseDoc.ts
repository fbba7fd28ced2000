import type { CaseDoc, CaseRecommendation } from './caseRecord';
import type { DetectedCase, DetectionPoint } from './detectedCase';

export interface CaseOpening {
  detectedWhere: DetectionPoint;
  /** The user whose save or push revealed the duplicate. */
  causedBy: string;
  now: number;
  /** Only the endpoint evaluates the regulations; an office opens a case without. */
  recommendation?: CaseRecommendation | undefined;
}

/**
 * The document a detected case opens as, whoever opens it — the endpoint at push or an office —
 * so the copies that meet under the case's deterministic id agree on everything but where and by
 * whom it was found.
 */
export function caseDocFor(detected: DetectedCase, opening: CaseOpening): CaseDoc {
  const { detectedWhere, causedBy, now, recommendation } = opening;
  return {
    id: detected.id,
    officeIds: [...new Set([detected.owner.officeId, detected.newcomer.officeId])].sort(),
    owner: detected.owner,
    newcomer: detected.newcomer,
    matched: detected.matched,
    detectedAt: now,
    detectedWhere,
    causedBy,
    status: 'open',
    updatedAt: now,
    ...(recommendation ? { recommendation } : {}),
  };
}
