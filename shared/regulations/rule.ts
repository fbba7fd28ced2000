import type { IdentityKind } from '../identity';

/** What the regulations look at, computed from the case and both managers' evidence. */
export interface CaseContext {
  /** The kinds of key the two clients share (a case may match on several). */
  matchKinds: IdentityKind[];
  sameOffice: boolean;
  /** Days since the owner claimed the client. */
  claimAgeDays: number;
  /** Days since the owner's last activity with the client (call, quote, booking). */
  ownerInactiveDays: number;
  ownerHasOpenDeal: boolean;
  ownerHasPaidDeal: boolean;
  /** Who contacted the client first, when the evidence shows it. */
  firstContact: 'owner' | 'newcomer' | null;
  /** The newcomer's request came from a household member (a spouse's number). */
  newcomerViaHousehold: boolean;
  /**
   * A company notice (only the corporate domain matched): someone else at a company the owner
   * works with, not the owner's client. No rule applies to it; it moves no one.
   */
  companyNotice?: boolean;
  /** For the explanation only. */
  ownerName: string;
  newcomerName: string;
  ownerOffice: string;
  newcomerOffice: string;
}

/** Every condition is optional; a rule applies when all the conditions it has hold. */
export interface RuleConditions {
  matchKind?: IdentityKind[];
  sameOffice?: boolean;
  claimAgeDays?: { min?: number; max?: number };
  ownerInactiveDays?: { min: number };
  ownerHasOpenDeal?: boolean;
  ownerHasPaidDeal?: boolean;
  firstContact?: 'owner' | 'newcomer';
  newcomerViaHousehold?: boolean;
}

export type Outcome =
  | { type: 'stayWithOwner' }
  | { type: 'moveToNewcomer' }
  | { type: 'splitFirstOrder'; owner: number; newcomer: number }
  | { type: 'negotiate'; deadlineHours: number }
  | { type: 'leadDecides' }
  | { type: 'notifyOnly' };

/** One written rule of the agency: conditions → recommended outcome. Order in the list matters. */
export interface Rule {
  id: string;
  name: string;
  conditions: RuleConditions;
  outcome: Outcome;
}
