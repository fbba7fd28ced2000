// A column pasted from Excel (or a list from a letter) into one phone or e-mail entry: each line
// becomes an entry of its own, instead of one run-together "number" that is far too long.

/** The non-empty lines of pasted text; null when it is one line (the browser's own paste is right then). */
export function pastedLines(text: string): string[] | null {
  const lines = text
    .split(/\r\n|\r|\n|\t/u)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 1 ? lines : null;
}

/**
 * The entries after pasting `lines` into entry `index`: an empty entry takes the first line, a
 * filled one keeps its text and the lines follow it; never more than `max` entries in all.
 */
export function spreadLines(values: readonly string[], index: number, lines: readonly string[], max: number): string[] {
  const current = values[index] ?? '';
  const placed = current.trim() ? [current, ...lines] : [...lines];
  const next = [...values.slice(0, index), ...placed, ...values.slice(index + 1)];
  return next.slice(0, Math.max(max, values.length));
}
