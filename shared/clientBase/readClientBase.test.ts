import { describe, expect, it } from 'vitest';
import { readClientBase, type ReadClientBaseOptions } from './readClientBase';

const options: ReadClientBaseOptions = {
  decode: (bytes, encoding) => new TextDecoder(encoding).decode(bytes),
  unzip: () => {
    throw new Error('invalid zip data');
  },
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readClientBase', () => {
  it('reads CSV with a trailing delimiter and notes only extra cells that hold values', () => {
    const result = readClientBase(utf8('ФИО;Телефон;\r\nA;1;\r\nB;2;x;y\r\n'), options);
    expect(result.ok && result.base.source).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(result.ok && result.base.rows.map((r) => r.phones)).toEqual([['1'], ['2']]);
    expect(result.ok && result.base.notes).toEqual([
      { row: 2, message: expect.stringMatching(/4 cells but the header has 3/) },
    ]);
  });

  it('reads an HTML table whatever the file is called', () => {
    const result = readClientBase(utf8('<table><tr><th>E-mail</th></tr><tr><td>a@b.ru</td></tr></table>'), options);
    expect(result.ok && result.base.source.format).toBe('html');
    expect(result.ok && result.base.rows[0]?.emails).toEqual(['a@b.ru']);
  });

  it('recognises formats by their first bytes', () => {
    expect(readClientBase(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), options)).toEqual({
      ok: false,
      problem: { kind: 'binaryXls' },
    });
    expect(readClientBase(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), options)).toEqual({
      ok: false,
      problem: { kind: 'notWorkbook', reason: 'invalid zip data' },
    });
    expect(readClientBase(new Uint8Array(0), options)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readClientBase(utf8('\n;;\n'), options)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('says which roles it found when there is no phone or email column', () => {
    expect(readClientBase(utf8('ФИО,Компания,Источник\nA,B,C\n'), options)).toEqual({
      ok: false,
      problem: { kind: 'noIdentityColumns', header: ['ФИО', 'Компания', 'Источник'], found: ['name', 'company'] },
    });
  });

  it('applies a mapping, and refuses one naming a column the header lacks', () => {
    const bytes = utf8('Клиент,Контакты\nA,+7 916 123-45-67\n');
    const mapped = readClientBase(bytes, { ...options, overrides: [{ column: 'контакты', role: 'phone' }] });
    expect(mapped.ok && mapped.base.roles).toEqual(['name', 'phone']);
    expect(readClientBase(bytes, { ...options, overrides: [{ column: 'Тел', role: 'phone' }] })).toEqual({
      ok: false,
      problem: { kind: 'unknownMapColumn', columns: ['Тел'], header: ['Клиент', 'Контакты'] },
    });
  });
});
