import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The keyed hash claims are looked up by: HMAC-SHA-256 of the identity key under the
 * agency's secret. One implementation for the office and the endpoint, synchronous (pure JS),
 * because a sync pull hashes thousands of keys and WebCrypto's async calls cost more than the hash.
 */
export function createKeyHasher(secret: string): (identityKey: string) => string {
  const keyed = hmac.create(sha256, utf8ToBytes(secret));
  return (identityKey) => bytesToHex(keyed.clone().update(utf8ToBytes(identityKey)).digest());
}
