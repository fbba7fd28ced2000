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
  const listed = detected.company?.managers.map((m) => m.officeId) ?? [];
  return {
    id: detected.id,
    ...(detected.kind ? { kind: detected.kind } : {}),
    officeIds: [...new Set([detected.owner.officeId, detected.newcomer.officeId, ...listed])].sort(),
    owner: detected.owner,
    newcomer: detected.newcomer,
    matched: detected.matched,
    ...(detected.company ? { company: detected.company } : {}),
    detectedAt: now,
    detectedWhere,
    causedBy,
    status: 'open',
    updatedAt: now,
    ...(recommendation ? { recommendation } : {}),
  };
}

/** Whether a case is a company notice: a new contact at a company, never a person to hand over. */
export function isCompanyNotice(c: { kind?: string }): boolean {
  return c.kind === 'company';
}
