import type { CaseContext } from '../../shared/regulations/rule';

/** A cross-office phone match on a fresh claim with an active owner; tests override what they examine. */
export const caseContextForTests = (over: Partial<CaseContext> = {}): CaseContext => ({
  matchKinds: ['phone'],
  sameOffice: false,
  claimAgeDays: 120,
  ownerInactiveDays: 5,
  ownerHasOpenDeal: false,
  ownerHasPaidDeal: false,
  firstContact: 'owner',
  newcomerViaHousehold: false,
  ownerName: 'Petya',
  newcomerName: 'Masha',
  ownerOffice: 'Tverskaya',
  newcomerOffice: 'Arbat',
  ...over,
});
