// Text the endpoint refuses anywhere in a request: PostgreSQL cannot store NUL in text or jsonb
// (it would fail as a 500 halfway through a write), and a lone UTF-16 surrogate is not a
// character at all (the database driver would silently store U+FFFD in its place).
import type { FieldProblem } from '../../../shared/sync';

/** With the u flag a paired surrogate is one code point above U+FFFF, so only lone ones match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Enough to show what is wrong; a hostile body could otherwise make the answer as large as itself. */
const MAX_PROBLEMS = 20;

/** Why the text cannot be accepted, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not a character';
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Problems in every string and field name of a parsed JSON value; paths as in FieldProblem. */
export function unsafeTextProblems(value: unknown, path = '', out: FieldProblem[] = []): FieldProblem[] {
  if (out.length >= MAX_PROBLEMS) return out;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push({ field: path, message: problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeTextProblems(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const nameProblem = textProblem(key);
      if (key === '__proto__') out.push({ field: join(path, key), message: 'is a forbidden field name' });
      else if (nameProblem) out.push({ field: join(path, key), message: `the field name ${nameProblem}` });
      else unsafeTextProblems(child, join(path, key), out);
    }
  }
  return out;
}
