// Which encoding the bytes of a text export are in. Excel in a Russian locale saves "CSV" in
// Windows-1251, newer Excel and most CRMs write UTF-8 (often with a BOM), "Unicode text" and
// some Outlook and Google exports are UTF-16. Decoding itself is injected (TextDecoder in the
// app and the CLI): shared/ compiles without DOM or Node typings.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/** Bytes in a named encoding to text, without a BOM. */
export type DecodeText = (bytes: Uint8Array, encoding: TextEncodingName) => string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Strict UTF-8 well-formedness (no overlongs, no surrogates); ASCII is UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let extra: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return false;
    if (i + extra >= n) return false;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += extra + 1;
  }
  return true;
}

/**
 * UTF-16 without a BOM shows as a zero byte in every other position for Latin and digits
 * (and 0x04 for Cyrillic): count zeros in even and odd positions of the first bytes.
 */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The encoding a BOM announces, with the BOM's length. */
export function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * A BOM decides; then UTF-16 by its zero bytes; then strict UTF-8; otherwise Windows-1251
 * (every byte is valid there). Windows-1251 text is almost never valid UTF-8: Cyrillic
 * letters are single bytes ≥ 0xC0 not followed by continuation bytes.
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  const bom = bomOf(bytes);
  if (bom) return bom.encoding;
  return sniffUtf16(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1251');
}

/** Detects and decodes; the BOM is dropped. */
export function decodeTextBytes(
  bytes: Uint8Array,
  decode: DecodeText,
  encoding = detectTextEncoding(bytes),
): DecodedText {
  const bom = bomOf(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  return { text: decode(body, encoding), encoding };
}
