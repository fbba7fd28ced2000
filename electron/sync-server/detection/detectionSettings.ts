// How the endpoint derives claims and cases from pushed clients.

/**
 * 'on': claims and cases; 'claims-only': the index without case detection; 'off': neither.
 * Only benchmarks turn it down: offices rely on the claims index and the endpoint's cases.
 */
export type DetectionMode = 'on' | 'claims-only' | 'off';

/** Fixed for the life of the server; the key hasher is not (the secret can be rotated): see ClaimsDeriver. */
export interface DetectionSettings {
  mode: DetectionMode;
  /**
   * Evaluate the regulations for each case opened (CaseDoc.recommendation). Off only while
   * migration 2 back-fills claims: the regulations table does not exist yet then.
   */
  recommend: boolean;
}

export interface ClaimsDeriver extends DetectionSettings {
  /** The agency's keyed hash under the secret in force in the caller's transaction (detection/keySecret.ts keyHasherIn). */
  hashKey(identityKey: string): string;
}
