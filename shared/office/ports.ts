/**
 * Capabilities the office core needs from its platform. shared/ has no DOM or Node,
 * so the browser, Electron and Node each pass their own (WebCrypto works in all three).
 */
export interface OfficeCrypto {
  newId(): string;
  /** A fresh secret for keyed hashes of identity keys. */
  randomSecret(): string;
}

export interface Clock {
  now(): number;
}

/**
 * Where work the office does in the background (detection, notifications, applying terms)
 * reports a failure. Such work runs again on the next change or pull, so a failure is logged,
 * never thrown at the user.
 */
export type BackgroundFailureReporter = (task: string, error: unknown) => void;

/** The online look-up of other offices' clients: declared with the protocol, wired by the app once signed in. */
export type { ClaimsLookupAnswer, ClaimsLookupPort } from '../sync/claimsLookupPort';
