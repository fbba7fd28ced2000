import type { DetectedCase, DetectionPoint } from './detectedCase';

/**
 * A duplicate-client case: two managers hold one client. Its id comes from the pair of
 * clients, so the endpoint and the offices that find it independently converge on one document.
 */
export interface CaseDoc extends DetectedCase {
  /**
   * The offices of both parties (one when both are in the same office) — on a company notice,
   * also of every manager it lists: who may see the case.
   */
  officeIds: string[];
  detectedAt: number;
  detectedWhere: DetectionPoint;
  /** The user whose save or push revealed the duplicate. */
  causedBy: string;
  /**
   * 'superseded': a case that a company notice replaced (a domain-only match opened as a person
   * case before company notices existed). It applies no outcome and leaves the inbox.
   */
  status: 'open' | 'superseded';
  /** On a superseded case: the company notice that replaced it. */
  supersededBy?: string;
  updatedAt: number;
  /**
   * What the agency's regulations recommend, evaluated once by the endpoint when it opens the
   * case and never re-evaluated: changing the rules never rewrites a case. Absent on a case an
   * office found offline until the endpoint's copy arrives.
   */
  recommendation?: CaseRecommendation;
}

export interface CaseRecommendation {
  outcome: {
    type: 'stayWithOwner' | 'moveToNewcomer' | 'splitFirstOrder' | 'negotiate' | 'leadDecides' | 'notifyOnly';
    owner?: number;
    newcomer?: number;
    deadlineHours?: number;
  };
  ruleId: string;
  ruleName: string;
  /** 1-based, as the agency numbers its rules; 0 when no rule applied (the lead decides). */
  ruleNumber: number;
  /** "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago." */
  explanation: string;
  reasons: Array<{ condition: string; text: string; params: string }>;
  regulationsVersion: number;
  evaluatedAt: number;
}
