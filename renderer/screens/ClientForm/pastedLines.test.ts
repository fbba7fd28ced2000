import { describe, expect, it } from 'vitest';
import { pastedLines, spreadLines } from './pastedLines';

describe('pasting a column into a phone entry', () => {
  it('reads each line (or tab-separated cell) as its own value; one line is left to the browser', () => {
    expect(pastedLines('+7 916 123-45-67\r\n8 903 000 00 00\n\n')).toEqual(['+7 916 123-45-67', '8 903 000 00 00']);
    expect(pastedLines('+7 916 123-45-67\t+7 903 000 00 00')).toEqual(['+7 916 123-45-67', '+7 903 000 00 00']);
    expect(pastedLines('+7 916 123-45-67')).toBeNull();
  });

  it('fills the empty entry and adds the rest after it, up to the limit', () => {
    expect(spreadLines(['a', ''], 1, ['b', 'c'], 20)).toEqual(['a', 'b', 'c']);
    expect(spreadLines(['a', 'z'], 0, ['b', 'c'], 20)).toEqual(['a', 'b', 'c', 'z']);
    expect(spreadLines([''], 0, ['1', '2', '3', '4'], 3)).toEqual(['1', '2', '3']);
  });
});
