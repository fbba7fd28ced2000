// Bytes of a CSV file to text. Excel in a Russian locale saves "CSV" in Windows-1251,
// newer Excel and most CRMs write UTF-8 (often with a BOM), "Unicode text" is UTF-16LE.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * A BOM decides; otherwise strict UTF-8, and if that fails the bytes are Windows-1251
 * (every byte is valid there, so this never fails). Text in Windows-1251 is almost never
 * valid UTF-8: Cyrillic letters are single bytes ≥ 0xC0 not followed by continuation bytes.
 * TextDecoder drops the BOM itself.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
