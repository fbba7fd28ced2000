import { jaroWinkler } from './jaroWinkler';
import { canonicalNameToken, skeletonOf } from './transliterate';

// Names are never an identity key: two clients may share a name and one client may write it
// five ways. They only feed a quiet "possible duplicate" hint.
//
// Choices:
// - Order-insensitive: tokens are paired by the best one-to-one assignment, so
//   "Иванов Пётр" matches "Petr Ivanov".
// - A patronymic (…ovich, …evna, …ichna, Turkic ogly/kyzy/uly) present in one name and
//   missing from the other costs nothing: "Иванов Пётр Сергеевич" ~ "Petr Ivanov". Any
//   other unmatched token counts as a miss.
// - The score is the mean of the pair similarities blended with the weakest pair, so one
//   clearly different token sinks the hint: a spouse "Ivanova Maria" vs "Ivanov Petr"
//   shares the surname but is another person, and the household link, not a name hint,
//   is how the app connects them.
// - A one-letter token is an initial: it matches a token with the same first letter at 0.8.
// - Tokens whose lengths differ by two or more letters are scaled down (see tokenSimilarity).
// - Threshold 0.92: with one exact token the other must score about 0.89, which a typo or
//   a leftover transliteration difference reaches (Aleksander/Aleksandr 0.98) and distinct
//   names do not (Elena/Alena 0.87, Anna Popova/Anna Petrova). Maria/Marina (0.97) still
//   hints: one letter apart is what a typo looks like, and a hint only asks a person to look.

/** Pairs at or above this score are a hint. Calibrated on the pairs in nameSimilarity.test.ts. */
export const NAME_HINT_THRESHOLD = 0.92;

const MAX_TOKENS = 6;
const INITIAL_MATCH = 0.8;
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna|ich|ogli|kizi|uli)$/;

interface NameToken {
  readonly canonical: string;
  /** The coarser key the token is blocked by (skeletonOf its canonical form). */
  readonly skeleton: string;
  readonly patronymic: boolean;
}

/**
 * A typed token read once, as it stands in any name: a surname can end like a patronymic
 * (Шушкевич), so only a name of three or more tokens can carry a patronymic, and in a shorter
 * name every token counts.
 */
interface TokenReading {
  /** In a name of one or two tokens. */
  readonly inShortName: NameToken;
  /** In a name of three or more. */
  readonly inLongName: NameToken;
}

// Transliterating and folding a token is most of the cost of comparing names, and a client
// base repeats a few thousand first names and surnames across its rows: remember them.
// Bounded so a long-running app does not keep every name it ever saw.
const TOKEN_CACHE_LIMIT = 50_000;
const tokenCache = new Map<string, TokenReading>();

function readToken(token: string): TokenReading {
  let reading = tokenCache.get(token);
  if (reading === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    const canonical = canonicalNameToken(token);
    const skeleton = skeletonOf(canonical);
    const inShortName: NameToken = { canonical, skeleton, patronymic: false };
    const patronymic = canonical.length >= 5 && PATRONYMIC.test(canonical);
    reading = { inShortName, inLongName: patronymic ? { canonical, skeleton, patronymic } : inShortName };
    tokenCache.set(token, reading);
  }
  return reading;
}

function tokensOf(fullName: string): NameToken[] {
  const words = fullName
    .normalize('NFC')
    .replace(/['’ʼ`]/g, '')
    .match(/[\p{L}\p{M}]+/gu);
  const read: TokenReading[] = [];
  for (const word of words ?? []) {
    const reading = readToken(word);
    if (reading.inShortName.canonical === '') continue;
    read.push(reading);
    if (read.length === MAX_TOKENS) break;
  }
  return read.map((r) => (read.length >= 3 ? r.inLongName : r.inShortName));
}

/**
 * A name read into its tokens once, to be compared with many others: reading a name (folding,
 * transliterating) costs more than comparing two, and a base's check compares each name with
 * every other of its block.
 */
export interface PreparedName {
  readonly tokens: readonly NameToken[];
  /** Two real tokens (not initials): only such a name hints at anyone. */
  readonly nonTrivial: boolean;
}

export function prepareName(fullName: string): PreparedName {
  const tokens = tokensOf(fullName);
  return { tokens, nonTrivial: tokens.filter((t) => t.canonical.length >= 2).length >= 2 };
}

/** One script-independent skeleton per name token, for an index or blocking. */
export function nameSkeletons(fullName: string): string[] {
  return preparedSkeletons(prepareName(fullName));
}

export function preparedSkeletons(name: PreparedName): string[] {
  return name.tokens.map((t) => t.skeleton);
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? INITIAL_MATCH : 0;
  const jw = jaroWinkler(a, b);
  // Jaro-Winkler rewards a shared beginning, so "ivan" ~ "ivanov" and "petr" ~ "petrov"
  // would score 0.93 and "Ivanov Petr" would look like "Petrov Ivan". Transliteration
  // variants differ by at most one letter after folding; two or more is another word.
  const longer = Math.max(a.length, b.length);
  const shorter = Math.min(a.length, b.length);
  return longer - shorter >= 2 ? jw * (shorter / longer) : jw;
}

/** 0..1; order-insensitive and across scripts. */
export function nameSimilarity(a: string, b: string): number {
  return tokenSetSimilarity(tokensOf(a), tokensOf(b));
}

// The similarity of each token pair and the best assignment found so far, reused from call to
// call: checking a base compares tens of thousands of name pairs, and fresh arrays, closures and
// result objects for each were a large share of its garbage.
const pairSims = new Float64Array(MAX_TOKENS * MAX_TOKENS);
const best = { sum: -1, min: 0, missed: 0 };

function tokenSetSimilarity(ta: readonly NameToken[], tb: readonly NameToken[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const short = ta.length <= tb.length ? ta : tb;
  const long = ta.length <= tb.length ? tb : ta;
  for (let i = 0; i < short.length; i++) {
    for (let j = 0; j < long.length; j++) {
      pairSims[i * long.length + j] = tokenSimilarity(short[i]?.canonical ?? '', long[j]?.canonical ?? '');
    }
  }
  best.sum = -1;
  best.min = 0;
  best.missed = 0;
  assignTokens(short, long, 0, 0, 0, Infinity);
  const mean = best.sum / (short.length + best.missed);
  return (mean + best.min) / 2;
}

/**
 * Tries every one-to-one pairing of the short name's tokens (from token i on) with the long
 * name's tokens not yet `used` (a bit per token), keeping in `best` the one with the highest
 * mean, unmatched non-patronymic tokens counting as misses; the first of equal ones wins.
 */
function assignTokens(
  short: readonly NameToken[],
  long: readonly NameToken[],
  i: number,
  used: number,
  sum: number,
  min: number,
): void {
  if (i === short.length) {
    let missed = 0;
    for (let j = 0; j < long.length; j++) if ((used & (1 << j)) === 0 && long[j]?.patronymic === false) missed++;
    const score = sum / (short.length + missed);
    const bestScore = best.sum < 0 ? -1 : best.sum / (short.length + best.missed);
    if (score > bestScore) {
      best.sum = sum;
      best.min = min;
      best.missed = missed;
    }
    return;
  }
  for (let j = 0; j < long.length; j++) {
    if ((used & (1 << j)) !== 0) continue;
    const s = pairSims[i * long.length + j] ?? 0;
    assignTokens(short, long, i + 1, used | (1 << j), sum + s, Math.min(min, s));
  }
}

/** A name counts only with two real tokens (not an initial): "Пётр" alone hints at nobody. */
export function isNameHint(a: string, b: string): boolean {
  return isPreparedNameHint(prepareName(a), prepareName(b));
}

export function isPreparedNameHint(a: PreparedName, b: PreparedName): boolean {
  return a.nonTrivial && b.nonTrivial && tokenSetSimilarity(a.tokens, b.tokens) >= NAME_HINT_THRESHOLD;
}
