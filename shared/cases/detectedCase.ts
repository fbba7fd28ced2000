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

/** One manager working with a company, as a company notice lists them. */
export interface CompanyManager {
  managerId: string;
  managerName: string;
  officeId: string;
  officeName: string;
  /** How many of this manager's clients hold the company's domain. */
  clients: number;
}

/** Who works with the company a new contact belongs to: its domain and its managers, earliest first. */
export interface CompanyMatch {
  /** The corporate domain as people read it ('alfa-corp.ru'). */
  domain: string;
  managers: CompanyManager[];
}

/**
 * What the matcher found: a person case (two managers hold one client: a phone or an email
 * matched) or a company notice (a new contact at a company other managers already work with:
 * only the corporate domain matched). A company notice never moves anyone.
 */
export interface DetectedCase {
  id: string;
  /** Absent on a person case (every case before company notices existed is one). */
  kind?: 'company';
  /** The client that held the keys first; on a company notice, the company's earliest client. */
  owner: CaseParty;
  /** The client that arrived later with a matching key. */
  newcomer: CaseParty;
  matched: Array<{ kind: IdentityKind; display: string }>;
  /** Only on a company notice. */
  company?: CompanyMatch;
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
