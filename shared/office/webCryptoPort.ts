import type { OfficeCrypto } from './ports';

/**
 * The part of WebCrypto the office needs. Browsers, Electron's renderer and Node ≥ 20
 * all provide it as globalThis.crypto; shared/ cannot name that global, so it is passed in.
 */
export interface WebCryptoLike {
  randomUUID(): string;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  subtle: {
    importKey(format: 'raw', keyData: Uint8Array<ArrayBuffer>, algorithm: { name: 'HMAC'; hash: 'SHA-256' }, extractable: false, usages: ['sign']): Promise<unknown>;
    sign(algorithm: 'HMAC', key: never, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  };
}

export function createOfficeCrypto(webCrypto: WebCryptoLike): OfficeCrypto {
  const keys = new Map<string, Promise<unknown>>();
  const keyFor = (secret: string) => {
    let key = keys.get(secret);
    if (!key) {
      key = webCrypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      keys.set(secret, key);
    }
    return key;
  };
  return {
    newId: () => webCrypto.randomUUID(),
    randomSecret: () => toHex(webCrypto.getRandomValues(new Uint8Array(32))),
    async hmac(secret, message) {
      const key = await keyFor(secret);
      return toHex(new Uint8Array(await webCrypto.subtle.sign('HMAC', key as never, utf8(message))));
    },
  };
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** UTF-8 by hand: TextEncoder is a DOM/Node global that shared/ does not see. */
function utf8(text: string): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}
