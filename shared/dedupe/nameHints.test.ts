import { describe, expect, it } from 'vitest';
import { MAX_NAME_BLOCK, nameBlockKeys, nameHints, sameWordsKey, type NameHintDeps } from './nameHints';

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

function deps(overrides: Partial<NameHintDeps> = {}): NameHintDeps {
  return { skeletons, isHint: sameName, shareKey: () => false, ...overrides };
}

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
});

describe('nameHints', () => {
  it('finds names alike across scripts and word order', () => {
    const hints = nameHints(['Пётр Иванов', 'Анна Смирнова', 'Ivanov Petr', 'Иванов Пётр Сергеевич'], deps());
    expect(hints).toEqual([{ reason: 'name', rows: [1, 3] }]);
  });

  it('compares a pair once even when it meets in several blocks', () => {
    const isHint = (a: string, b: string): boolean => (calls.push([a, b]), true);
    const calls: [string, string][] = [];
    nameHints(['a b c', 'c b x'], deps({ isHint, skeletons: (n) => (n === 'c b x' ? ['a', 'b', 'c'] : skeletons(n)) }));
    expect(calls).toHaveLength(1);
  });

  it('leaves out pairs that already share a key', () => {
    const hints = nameHints(
      ['Пётр Иванов', 'Petr Ivanov', 'Petr Ivanov'],
      deps({ shareKey: (a, b) => a === 0 && b === 1 }),
    );
    expect(hints).toEqual([
      { reason: 'name', rows: [1, 3] },
      { reason: 'name', rows: [2, 3] },
    ]);
  });

  it('does not compare names made of the same words: they are a hint by definition', () => {
    const isHint = (): boolean => {
      throw new Error('not expected');
    };
    expect(nameHints(['Анна Ли', 'Анна Ли', 'ЛИ  анна'], deps({ isHint }))).toEqual([
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
    expect(nameHints(['', '', ...common], deps())).toEqual([]);
  });

  it('orders hints by first row then second', () => {
    const hints = nameHints(['x y', 'a b', 'y x', 'b a', 'x y'], deps());
    expect(hints.map((h) => h.rows)).toEqual([
      [1, 3],
      [1, 5],
      [2, 4],
      [3, 5],
    ]);
  });
});
