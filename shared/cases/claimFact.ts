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
