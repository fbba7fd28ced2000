import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonBody } from './jsonBody';

const parse = (text: string | Buffer) => () => parseJsonBody(typeof text === 'string' ? Buffer.from(text) : text);
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('parseJsonBody', () => {
  it('parses JSON, brackets and escaped quotes inside strings do not count as nesting', () => {
    const text = JSON.stringify({ a: `${'['.repeat(100)}\\"${'{'.repeat(100)}`, b: ['\\', '"]', 'ok'] });
    expect(parse(text)()).toEqual(JSON.parse(text));
    expect(parse(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`)()).toEqual({ a: JSON.parse(nested(MAX_JSON_DEPTH - 1)) });
  });

  it('refuses nesting deeper than the limit, invalid UTF-8, empty and malformed bodies', () => {
    expect(parse(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toThrow(/levels deep/);
    expect(parse(nested(20_000))).toThrow(/levels deep/);
    expect(parse(Buffer.from([0x22, 0xc3, 0x28, 0x22]))).toThrow(/not valid UTF-8/);
    expect(parse(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))).toThrow(/not valid UTF-8/);
    expect(parse('  ')).toThrow(/empty/);
    expect(parse('{"a":"unterminated')).toThrow(/not valid JSON/);
  });

  it('refuses NUL, lone surrogates and __proto__ anywhere, naming the field', () => {
    expect(parse('{"a":[{"b":"x\\u0000"}]}')).toThrow(/a\[0\]\.b contains a NUL/);
    expect(parse('{"a":"\\ud800"}')).toThrow(/a contains a lone UTF-16 surrogate/);
    expect(parse('{"a":{"__proto__":{"admin":true}}}')).toThrow(/a\.__proto__ is a forbidden field name/);
    expect(parse('{"a":"\\ud83d\\ude00"}')()).toEqual({ a: '😀' });
  });
});
