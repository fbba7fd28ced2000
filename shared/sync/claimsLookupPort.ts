// The office's side of the claims look-up (claimsLookup.ts), as a port: like SyncTransport, each
// platform passes an implementation.
import type { ClaimsLookupResult } from './claimsLookup';

/** What the endpoint said about keys a person typed (POST /claims/lookup), in the office's terms. */
export type ClaimsLookupAnswer =
  | { state: 'answered'; results: ClaimsLookupResult[] }
  /** No answer: offline, or the endpoint is down. */
  | { state: 'offline' }
  /** The person's look-up budget is spent until resetsAt (epoch ms); nothing was answered. */
  | { state: 'overBudget'; resetsAt: number }
  /** The endpoint no longer accepts the sign-in. */
  | { state: 'notSignedIn' };

/**
 * How the office asks whether clients of other offices hold the keys being typed. The core does
 * no HTTP itself (shared/ has no fetch): once signed in, the app passes one built on shared/endpoint
 * (createClaimsLookup), as it does the SyncTransport.
 */
export interface ClaimsLookupPort {
  /** `keys`: normalised identity keys, as identityKeysOf writes them. */
  lookUp(keys: string[]): Promise<ClaimsLookupAnswer>;
}
