import { describe, expect, it } from 'vitest';
import { MAX_NAME_BLOCK, nameBlockKeys, nameHints, sameWordsKey, sortFewWords, type NameHintDeps } from './nameHints';

// Test doubles for identity's name functions: a skeleton is the lower-cased token with
// a tiny transliteration, and a hint is "the same skeletons in any order".
const TRANSLIT: Record<string, string> = { пётр: 'petr', петр: 'petr', иванов: 'ivanov', анна: 'anna' };
const skeletons = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => TRANSLIT[t] ?? t);
const sameName = (a: string, b: string): boolean => skeletons(a).sort().join(' ') === skeletons(b).sort().join(' ');

/** Deps reading the rows' names through the doubles above; `overrides` by name, for short tests. */
function deps(
  names: readonly string[],
  overrides: {
    skeletons?: (name: string) => string[];
    isHint?: (a: string, b: string) => boolean;
    shareKey?: NameHintDeps['shareKey'];
  } = {},
): NameHintDeps {
  const name = (row: number): string => names[row] ?? '';
  const skeletonsOf = overrides.skeletons ?? skeletons;
  const isHint = overrides.isHint ?? sameName;
  return {
    skeletons: (row) => skeletonsOf(name(row)),
    isHint: (a, b) => isHint(name(a), name(b)),
    shareKey: overrides.shareKey ?? (() => false),
  };
}

/** nameHints over `names` with the doubles, some of them replaced. */
const hintsOf = (names: readonly string[], overrides: Parameters<typeof deps>[1] = {}) =>
  nameHints(names, deps(names, overrides));

describe('nameBlockKeys', () => {
  it('pairs distinct skeletons, order-independent', () => {
    expect(nameBlockKeys(['petr', 'ivanov'])).toEqual(['ivanov|petr']);
    expect(nameBlockKeys(['ivanov', 'petr'])).toEqual(['ivanov|petr']);
    expect(nameBlockKeys(['ivanov', 'petr', 'sergeevich'])).toEqual([
      'ivanov|petr',
      'ivanov|sergeevich',
      'petr|sergeevich',
    ]);
  });

  it('uses the single skeleton of a one-word name and nothing for none', () => {
    expect(nameBlockKeys(['anna', 'anna'])).toEqual(['anna']);
    expect(nameBlockKeys(['', ''])).toEqual([]);
  });

  it('pairs only the first four skeletons in sorted order', () => {
    expect(nameBlockKeys(['e', 'd', 'c', 'b', 'a'])).toEqual(['a|b', 'a|c', 'a|d', 'b|c', 'b|d', 'c|d']);
  });
});

describe('sortFewWords', () => {
  it('orders words as Array.prototype.sort does', () => {
    const lists = [
      [],
      ['b', 'a'],
      ['пётр', 'иванов', 'сергеевич'],
      ['b', 'B', 'a', 'ä', 'A', 'b', 'ё', 'е', 'Z'],
      ['ivanov', 'ivan', 'iv', 'ivanova', 'i'],
    ];
    for (const words of lists) expect(sortFewWords([...words])).toEqual([...words].sort());
  });
});

describe('nameHints', () => {
  it('finds names alike across scripts and word order', () => {
    const hints = hintsOf(['Пётр Иванов', 'Анна Смирнова', 'Ivanov Petr', 'Иванов Пётр Сергеевич']);
    expect(hints).toEqual([{ reason: 'name', rows: [1, 3] }]);
  });

  it('compares a pair once even when it meets in several blocks', () => {
    const isHint = (a: string, b: string): boolean => (calls.push([a, b]), true);
    const calls: [string, string][] = [];
    hintsOf(['a b c', 'c b x'], { isHint, skeletons: (n) => (n === 'c b x' ? ['a', 'b', 'c'] : skeletons(n)) });
    expect(calls).toHaveLength(1);
  });

  it('compares a pair once when only one of its rows is in several blocks', () => {
    const calls: [string, string][] = [];
    const isHint = (a: string, b: string): boolean => (calls.push([a, b]), true);
    expect(hintsOf(['a b', 'a b c', 'a c'], { isHint })).toEqual([
      { reason: 'name', rows: [1, 2] },
      { reason: 'name', rows: [2, 3] },
    ]);
    expect(calls).toEqual([
      ['a b', 'a b c'],
      ['a b c', 'a c'],
    ]);
  });

  it('leaves out pairs that already share a key', () => {
    const hints = hintsOf(['Пётр Иванов', 'Petr Ivanov', 'Petr Ivanov'], { shareKey: (a, b) => a === 0 && b === 1 });
    expect(hints).toEqual([
      { reason: 'name', rows: [1, 3] },
      { reason: 'name', rows: [2, 3] },
    ]);
  });

  it('does not compare names made of the same words: they are a hint by definition', () => {
    const isHint = (): boolean => {
      throw new Error('not expected');
    };
    expect(hintsOf(['Анна Ли', 'Анна Ли', 'ЛИ  анна'], { isHint })).toEqual([
      { reason: 'name', rows: [1, 2] },
      { reason: 'name', rows: [1, 3] },
      { reason: 'name', rows: [2, 3] },
    ]);
  });

  it('keys names by their words, case and order aside', () => {
    expect(sameWordsKey('Иванов Пётр')).toBe(sameWordsKey('  пётр  ИВАНОВ '));
    expect(sameWordsKey("O'Brien, Anna")).toBe('anna obrien');
    expect(sameWordsKey('Пётр Иванов')).not.toBe(sameWordsKey('Петр Иванов'));
  });

  it('skips empty names and names too common to mean anything', () => {
    const common = Array.from({ length: MAX_NAME_BLOCK + 1 }, () => 'Ivan Ivanov');
    expect(hintsOf(['', '', ...common])).toEqual([]);
  });

  it('orders hints by first row then second', () => {
    const hints = hintsOf(['x y', 'a b', 'y x', 'b a', 'x y']);
    expect(hints.map((h) => h.rows)).toEqual([
      [1, 3],
      [1, 5],
      [2, 4],
      [3, 5],
    ]);
  });
});
