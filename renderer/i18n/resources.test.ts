import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';

/** Plural suffixes differ by language (Russian has few/many), so they are compared without them. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keys(v as object, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other|male|female)$/u, '')}`],
  );
}

describe('UI strings', () => {
  it('has the same keys in Russian and English', () => {
    expect([...new Set(keys(ru))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  it('has no empty strings', () => {
    const empty = (obj: object): string[] =>
      Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? empty(v as object) : v === '' ? [k] : []));
    expect(empty(en)).toEqual([]);
    expect(empty(ru)).toEqual([]);
  });
});
