import { describe, expect, it } from 'vitest';
import { closeObjects, compileSchema } from './jsonSchema';
import { jsonEqual } from './jsonEqual';
import { parseCheckpoint } from './checkpoint';

describe('compileSchema', () => {
  const schema = compileSchema({
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 3 },
      n: { type: 'number', minimum: 0, maximum: 10, multipleOf: 1 },
      tags: { type: 'array', maxItems: 2, items: { type: 'string' } },
      kind: { type: 'string', enum: ['a', 'b'] },
    },
    required: ['id', 'n'],
    additionalProperties: false,
  });

  it('accepts a valid value', () =>
    expect(schema.validate({ id: 'abc', n: 3, tags: ['x'], kind: 'a' }, '')).toEqual([]));

  it('reports every problem with its path', () => {
    const problems = schema.validate({ id: 'abcd', n: 2.5, tags: ['x', 1, 'z'], kind: 'c', extra: true }, 'doc');
    expect(problems.map((p) => p.field)).toEqual([
      'doc.id',
      'doc.n',
      'doc.tags',
      'doc.tags[1]',
      'doc.kind',
      'doc.extra',
    ]);
  });

  it('counts code points, not UTF-16 units, and rejects non-finite numbers', () => {
    expect(schema.validate({ id: '😀😀😀', n: 1 }, '')).toEqual([]);
    expect(schema.validate({ id: 'a', n: Infinity }, '')).toHaveLength(1);
    expect(schema.validate({ n: 1 }, '')).toEqual([{ field: 'id', message: 'is required' }]);
  });

  it('refuses schemas with keywords it cannot check', () => {
    expect(() => compileSchema({ type: 'object', properties: { a: { type: 'string', pattern: '^x' } } })).toThrow(
      /pattern/,
    );
  });
});

describe('closeObjects', () => {
  it('closes every object that declares its properties, at any depth, unless it says otherwise', () => {
    const schema = compileSchema(
      closeObjects({
        type: 'object',
        properties: {
          phones: { type: 'array', items: { type: 'object', properties: { e164: { type: 'string' } } } },
          deal: { type: 'object', properties: { title: { type: 'string' } } },
          open: { type: 'object', properties: {}, additionalProperties: true },
        },
      }),
    );
    const problems = schema.validate(
      { phones: [{ e164: '+7', blob: 'x' }], deal: { title: 't', extra: [[1]] }, open: { any: 1 }, top: 1 },
      '',
    );
    expect(problems.map((p) => p.field)).toEqual(['phones[0].blob', 'deal.extra', 'top']);
  });
});

describe('jsonEqual', () => {
  it('ignores key order and undefined keys, not array order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1, e: undefined })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
  });
});

describe('parseCheckpoint', () => {
  it('accepts absent and {seq}, refuses anything else', () => {
    expect(parseCheckpoint(undefined)).toEqual({ ok: true, checkpoint: null });
    expect(parseCheckpoint('{"seq":5}')).toEqual({ ok: true, checkpoint: { seq: 5 } });
    for (const bad of ['{', '{"seq":-1}', '{"seq":1.5}', '{"seq":1,"x":2}', '"5"'])
      expect(parseCheckpoint(bad).ok).toBe(false);
  });
});
