import type { IdentityKind } from '../identity';

/** One side of a case: a client and the manager and office holding it. */
export interface CaseParty {
  clientId: string;
  clientLabel: string;
  managerId: string;
  managerName: string;
  officeId: string;
  officeName: string;
  since: number;
}

/** A duplicate found by the matcher: two managers hold one client. */
export interface DetectedCase {
  id: string;
  /** The client that held the keys first. */
  owner: CaseParty;
  /** The client that arrived later with a matching key. */
  newcomer: CaseParty;
  matched: Array<{ kind: IdentityKind; display: string }>;
}

export interface DetectedMerge {
  /** The same manager holds both clients: a merge suggestion, not a conflict. */
  clientIds: [string, string];
  managerId: string;
}

/**
 * Where a case was found: in the office while typing (the person saving saw the warning), at the
 * endpoint on push, or in an office while syncing.
 */
export type DetectionPoint = 'beforeSave' | 'endpoint' | 'officeSync';
