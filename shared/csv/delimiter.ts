// Which character separates the fields of a CSV text.
// Excel writes ';' in locales whose decimal separator is ',' (Russia), ',' elsewhere,
// and TAB for "Unicode text". We look at how each candidate splits the first lines:
// the real delimiter splits most lines into the same number of fields.

export type CsvDelimiter = ',' | ';' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t'];
const SAMPLE_LINES = 20;

/** Counts of each candidate per physical record, ignoring anything inside double quotes. */
function countPerLine(sample: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(CANDIDATES.map((d) => [d, []]));
  let current = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  let lineHasText = false;
  let lines = 0;
  const endLine = (): void => {
    if (lineHasText) {
      for (const d of CANDIDATES) counts.get(d)?.push(current.get(d) ?? 0);
      lines += 1;
    }
    current = new Map(CANDIDATES.map((d) => [d, 0]));
    lineHasText = false;
  };
  for (let i = 0; i < sample.length && lines < SAMPLE_LINES; i += 1) {
    const ch = sample[i];
    if (ch === '"') {
      inQuotes = !inQuotes; // a doubled quote "" toggles twice: still correct
      lineHasText = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endLine();
    } else {
      if (ch === ';' || ch === ',' || ch === '\t') current.set(ch, (current.get(ch) ?? 0) + 1);
      if (ch !== ' ') lineHasText = true;
    }
  }
  endLine();
  return counts;
}

/** The most frequent non-zero count and how many lines have it. */
function modeOf(values: readonly number[]): { value: number; lines: number } {
  const freq = new Map<number, number>();
  for (const v of values) if (v > 0) freq.set(v, (freq.get(v) ?? 0) + 1);
  let best = { value: 0, lines: 0 };
  for (const [value, lines] of freq) {
    if (lines > best.lines || (lines === best.lines && value > best.value)) best = { value, lines };
  }
  return best;
}

/**
 * Detects the delimiter from the start of the text. The winner is the candidate that
 * splits the most lines consistently (same field count); ties go to more fields, then
 * to ';' (a Russian Excel file whose names contain commas must not be split on them).
 * Returns ',' when nothing is split at all (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = countPerLine(text.slice(0, 64 * 1024));
  let best: { d: CsvDelimiter; lines: number; value: number } = { d: ',', lines: 0, value: 0 };
  for (const d of CANDIDATES) {
    const m = modeOf(counts.get(d) ?? []);
    if (m.lines > best.lines || (m.lines === best.lines && m.value > best.value)) best = { d, ...m };
  }
  return best.d;
}
