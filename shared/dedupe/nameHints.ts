// "Possible duplicate" hints by name. Comparing all pairs of a 100k base is 5·10⁹
// comparisons, so we block: only rows whose names share a pair of token skeletons
// (script-independent, so "Пётр Иванов" and "Ivanov Petr" meet) are compared.
import type { DedupeHint } from './types';

export interface NameHintDeps {
  /** One skeleton per name token (identity's nameSkeletons). */
  skeletons: (fullName: string) => string[];
  /** Whether two names are alike enough for a hint (identity's isNameHint). */
  isHint: (a: string, b: string) => boolean;
  /** Rows (0-based) that already share an identity key get no name hint. */
  shareKey: (a: number, b: number) => boolean;
}

/**
 * A name carried by more rows than this (think "Иванов Александр" in a national base)
 * says nothing about duplication, and comparing its rows pairwise is quadratic; such
 * blocks are skipped.
 */
export const MAX_NAME_BLOCK = 100;

/** Tokens beyond this add pair keys quadratically and rarely help (long company-style names). */
const MAX_TOKENS = 4;

/** Block keys of one name: every pair of distinct skeletons, or the single one for one-word names. */
export function nameBlockKeys(skeletons: readonly string[]): string[] {
  const unique = [...new Set(skeletons.filter((s) => s.length > 0))].sort().slice(0, MAX_TOKENS);
  if (unique.length === 0) return [];
  if (unique.length === 1) return [unique[0] ?? ''];
  const keys: string[] = [];
  for (let i = 0; i < unique.length; i += 1) {
    for (let j = i + 1; j < unique.length; j += 1) keys.push(`${unique[i]}|${unique[j]}`);
  }
  return keys;
}

/**
 * The words of a name, lower-cased and sorted: "Иванов Пётр" and "пётр ИВАНОВ" give the same.
 * Two names with the same words are alike by any definition (similarity is order- and
 * case-insensitive), so such pairs need no call to the costlier cross-script comparison;
 * exact repeats and swapped first/last names are a large share of the pairs in a real base.
 */
export function sameWordsKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}

/** Hints as 1-based row pairs, ordered by first row then second. */
export function nameHints(names: readonly string[], deps: NameHintDeps): DedupeHint[] {
  const blocks = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (name.trim() === '') return;
    for (const key of nameBlockKeys(deps.skeletons(name))) {
      const block = blocks.get(key);
      if (block) block.push(index);
      else blocks.set(key, [index]);
    }
  });

  const n = names.length;
  const wordKeys = new Map<number, string>(); // only rows that meet another row get one
  const wordsOf = (row: number): string => {
    let key = wordKeys.get(row);
    if (key === undefined) {
      key = sameWordsKey(names[row] ?? '');
      wordKeys.set(row, key);
    }
    return key;
  };
  const seen = new Set<number>(); // a pair can meet in several blocks (three-word names)
  const hints: DedupeHint[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_NAME_BLOCK) continue;
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const a = block[i] ?? 0;
        const b = block[j] ?? 0;
        const pairId = a * n + b; // a < b: rows were pushed in order
        if (seen.has(pairId)) continue;
        seen.add(pairId);
        if (deps.shareKey(a, b)) continue;
        if (wordsOf(a) === wordsOf(b) || deps.isHint(names[a] ?? '', names[b] ?? '')) {
          hints.push({ reason: 'name', rows: [a + 1, b + 1] });
        }
      }
    }
  }
  hints.sort((x, y) => x.rows[0] - y.rows[0] || x.rows[1] - y.rows[1]);
  return hints;
}
