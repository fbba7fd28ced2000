// How the endpoint derives claims and cases from pushed clients.

/**
 * 'on': claims and cases; 'claims-only': the index without case detection; 'off': neither.
 * Only benchmarks turn it down: offices rely on the claims index and the endpoint's cases.
 */
export type DetectionMode = 'on' | 'claims-only' | 'off';

export interface DetectionSettings {
  mode: DetectionMode;
  /** The agency's keyed hash of an identity key. */
  hashKey(identityKey: string): string;
  /**
   * Evaluate the regulations for each case opened (CaseDoc.recommendation). Off only while
   * migration 2 back-fills claims: the regulations table does not exist yet then.
   */
  recommend: boolean;
}
