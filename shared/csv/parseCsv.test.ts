import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"two\r\nlines";x;\r\n', ';')).toEqual({
      records: [
        ['a', 'b;c', 'say "hi"'],
        ['two\r\nlines', 'x', ''],
      ],
      problems: [],
    });
  });

  it('keeps empty lines as records and accepts LF, CR and a missing final line end', () => {
    expect(parseCsv('a,b\n\nc,d\re', ',').records).toEqual([['a', 'b'], [''], ['c', 'd'], ['e']]);
    expect(parseCsv('', ',').records).toEqual([]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('Имя\tТелефон\nA\t1\n', '\t').records).toEqual([
      ['Имя', 'Телефон'],
      ['A', '1'],
    ]);
  });

  it('reports an unclosed quote and keeps the rest of the text in the cell', () => {
    expect(parseCsv('a;b\nc;"d\ne', ';')).toEqual({
      records: [
        ['a', 'b'],
        ['c', 'd\ne'],
      ],
      problems: [{ record: 1, message: expect.stringMatching(/quote/) }],
    });
  });

  it('keeps text after a closing quote and a quote inside an unquoted cell', () => {
    expect(parseCsv('"a"b,c"d\n', ',').records).toEqual([['ab', 'c"d']]);
  });
});
