import { describe, expect, it } from 'vitest';
import { decodeTextBytes, detectTextEncoding, isUtf8, type DecodeText } from './textEncoding';

const decode: DecodeText = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
const decodeText = (bytes: Uint8Array) => decodeTextBytes(bytes, decode);

/** Windows-1251 bytes of a string: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8, ASCII as is. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === 'Ё') return 0xa8;
      if (ch === 'ё') return 0xb8;
      throw new Error(`not in the test table: ${ch}`);
    }),
  );
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('ФИО;Телефон\n'))).toEqual({ text: 'ФИО;Телефон\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name,Phone\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'Name,Phone\n', encoding: 'utf-8' });
  });

  it('reads Windows-1251 as Excel saves it in a Russian locale', () => {
    const text =
      'ФИО;Телефон;Почта\r\nЁлкина Алёна Юрьевна;8 916 123-45-67;a@x.ru\r\nабвгдеёжзийклмнопрстуфхцчшщъыьэюя\r\n';
    expect(decodeText(cp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('reads UTF-16LE with a BOM ("Unicode text")', () => {
    const body = 'Имя\tТелефон\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    [...body].forEach((ch, i) => {
      const code = ch.charCodeAt(0);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    });
    expect(decodeText(bytes)).toEqual({ text: body, encoding: 'utf-16le' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('name,phone\n')).encoding).toBe('utf-8');
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one', () => {
    const body = 'Имя,Телефон\n';
    const be = new Uint8Array(2 + body.length * 2);
    be.set([0xfe, 0xff]);
    [...body].forEach((ch, i) => {
      be[2 + i * 2] = ch.charCodeAt(0) >> 8;
      be[3 + i * 2] = ch.charCodeAt(0) & 0xff;
    });
    expect(decodeText(be)).toEqual({ text: body, encoding: 'utf-16be' });
    const le = new Uint8Array([...'Name,Phone\n'].flatMap((ch) => [ch.charCodeAt(0), 0]));
    expect(detectTextEncoding(le)).toBe('utf-16le');
  });

  it('checks UTF-8 strictly', () => {
    expect(isUtf8(new TextEncoder().encode('Ёлка €𝄞'))).toBe(true);
    expect(isUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(false); // overlong
    expect(isUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(false); // a surrogate
    expect(isUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(false); // cut short
  });
});
