import type { IdentityKind } from '../identity';

/**
 * One identity key held by one client, as detection compares them: a keyed hash and a masked
 * display, never the raw phone or email, so it can be shared with other offices without handing
 * over the client base. The stored claim (ClaimDoc) adds its id and the client's last activity.
 */
export interface ClaimFact {
  keyHash: string;
  kind: IdentityKind;
  display: string;
  clientId: string;
  /** "Ivanov P." — enough to recognise, not a full record. */
  clientLabel: string;
  ownerId: string;
  ownerName: string;
  officeId: string;
  officeName: string;
  since: number;
}

/**
 * One identity key held by one client, stored: the index "key → client, owner, office, since".
 * The endpoint holds the agency's; an office holds its own office's.
 */
export interface ClaimDoc extends ClaimFact {
  /** `${keyHash}|${clientId}`: a key held by several clients has one claim each; the earliest is the owner. */
  id: string;
  lastActivityAt: number;
}
