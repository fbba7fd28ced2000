/**
 * The part of WebCrypto the office needs: ids and secrets from a strong random source.
 * Browsers, Electron's renderer and Node ≥ 20 all provide it as globalThis.crypto; shared/
 * cannot name that global, so it is passed in.
 */
import type { OfficeCrypto } from './ports';

export interface WebCryptoLike {
  randomUUID(): string;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

export function createOfficeCrypto(webCrypto: WebCryptoLike): OfficeCrypto {
  return {
    newId: () => webCrypto.randomUUID(),
    randomSecret: () => toHex(webCrypto.getRandomValues(new Uint8Array(32))),
  };
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
