// "Possible duplicate" hints by name. Comparing all pairs of a 100k base is 5·10⁹
// comparisons, so we block: only rows whose names share a pair of token skeletons
// (script-independent, so "Пётр Иванов" and "Ivanov Petr" meet) are compared.
import type { DedupeHint } from './types';

/** What the hints need to know of rows (0-based), each name read once by the caller. */
export interface NameHintDeps {
  /** One skeleton per token of the row's name (identity's nameSkeletons). */
  skeletons: (row: number) => readonly string[];
  /** Whether the names of two rows are alike enough for a hint (identity's isNameHint). */
  isHint: (a: number, b: number) => boolean;
  /** Rows that already share an identity key get no name hint. */
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

/**
 * Sorts a few words in place, in the order Array.prototype.sort gives strings. That sort sets up
 * over a kilobyte of merge state per call, and the hints sort the words of every row: a sort per
 * row was an eighth of all a check of 100,000 rows allocated.
 */
export function sortFewWords(words: string[]): string[] {
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] ?? '';
    let j = i - 1;
    for (; j >= 0 && (words[j] ?? '') > word; j -= 1) words[j + 1] = words[j] ?? '';
    words[j + 1] = word;
  }
  return words;
}

/** Block keys of one name: every pair of distinct skeletons, or the single one for one-word names. */
export function nameBlockKeys(skeletons: readonly string[]): string[] {
  // Built by hand rather than through a Set: this runs for every row of a base, and most
  // names have two or three skeletons.
  const unique: string[] = [];
  for (const s of skeletons) if (s !== '' && !unique.includes(s)) unique.push(s);
  if (unique.length <= 1) return unique;
  sortFewWords(unique);
  if (unique.length > MAX_TOKENS) unique.length = MAX_TOKENS;
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
  const words = name
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .match(/[\p{L}\p{M}]+/gu);
  return words ? sortFewWords(words).join(' ') : '';
}

/** Hints as 1-based row pairs, ordered by first row then second. */
export function nameHints(names: readonly string[], deps: NameHintDeps): DedupeHint[] {
  const blocks = new Map<string, number[]>();
  // How many blocks each row is in: only two rows that are both in several can meet twice.
  const blocksOfRow = new Uint8Array(names.length);
  for (let row = 0; row < names.length; row += 1) {
    if ((names[row] ?? '').trim() === '') continue;
    const keys = nameBlockKeys(deps.skeletons(row));
    blocksOfRow[row] = keys.length;
    for (const key of keys) {
      const block = blocks.get(key);
      if (block) block.push(row);
      else blocks.set(key, [row]);
    }
  }

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
  // An exact repeat of a name has the same words without reading them.
  const sameWords = (a: number, b: number): boolean => names[a] === names[b] || wordsOf(a) === wordsOf(b);
  const seen = new Set<number>(); // a pair can meet in several blocks (three-word names)
  const hints: DedupeHint[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_NAME_BLOCK) continue;
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const a = block[i] ?? 0;
        const b = block[j] ?? 0;
        if ((blocksOfRow[a] ?? 0) > 1 && (blocksOfRow[b] ?? 0) > 1) {
          const pairId = a * n + b; // a < b: rows were pushed in order
          if (seen.has(pairId)) continue;
          seen.add(pairId);
        }
        if (deps.shareKey(a, b)) continue;
        if (sameWords(a, b) || deps.isHint(a, b)) hints.push({ reason: 'name', rows: [a + 1, b + 1] });
      }
    }
  }
  hints.sort((x, y) => x.rows[0] - y.rows[0] || x.rows[1] - y.rows[1]);
  return hints;
}
