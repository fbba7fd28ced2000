// The agency's keyed hash as the endpoint computes it: the HMAC-SHA-256 of shared/identity's
// createKeyHasher (the same hashes, so claims, look-ups and offices agree), by Node's own crypto.
// A push of a thousand clients hashes three thousand keys; the portable pure-JS hasher the
// browser needs costs several times more per key.
import { createHmac } from 'node:crypto';

export function createNativeKeyHasher(secret: string): (identityKey: string) => string {
  return (identityKey) => createHmac('sha256', secret).update(identityKey, 'utf8').digest('hex');
}
