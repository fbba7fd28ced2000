import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csvText';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' padded ', '" padded "'],
    ['', ''],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('joins cells with the delimiter and records with CRLF', () => {
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['c;d', 'e'],
        ],
        ';',
      ),
    ).toBe('a;b\r\n"c;d";e\r\n');
    expect(toCsv([['a', 'b,c']], ',')).toBe('a,"b,c"\r\n');
    expect(toCsv([], ',')).toBe('');
  });
});
