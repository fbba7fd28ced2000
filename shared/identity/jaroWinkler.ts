// Jaro-Winkler suits short name tokens: it tolerates a transposed or missing letter and
// rewards a shared beginning, which is where transliteration variants usually agree.

// Which letters of each string are matched, reused from call to call: checking a base calls this
// for every token pair of tens of thousands of name pairs, and two fresh arrays per call were
// most of what the name hints allocated.
let aMatched = new Uint8Array(64);
let bMatched = new Uint8Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (aMatched.length < a.length) aMatched = new Uint8Array(a.length);
  if (bMatched.length < b.length) bMatched = new Uint8Array(b.length);
  aMatched.fill(0, 0, a.length);
  bMatched.fill(0, 0, b.length);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    const letter = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] === 1 || letter !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix))
    prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
