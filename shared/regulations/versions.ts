import type { FieldError, Validated } from '../workflow/terms';
import type { Rule } from './rule';
import { validateRule } from './validateRule';

/**
 * One immutable edition of the agency's rules. Editing never changes a version: it writes the
 * next one. A case records the version number its recommendation (and decision) came from and
 * is evaluated against that version forever, so changing the rules never rewrites a decided case.
 */
export interface RegulationsVersion {
  version: number;
  rules: Rule[];
  changedBy: string;
  changedAt: number;
  note: string;
}

/** Validates every rule (errors are prefixed "rules.N.") and returns the next version, with its own copy of the rules (plain data). */
export function reviseRegulations(
  previous: RegulationsVersion | null,
  rules: readonly Rule[],
  by: string,
  at: number,
  note = '',
): Validated<RegulationsVersion> {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const v = validateRule(rule);
    if (!v.ok)
      for (const e of v.errors) errors.push({ field: `rules.${i}.${e.field}`, message: `Rule ${i + 1}: ${e.message}` });
    if (ids.has(rule.id))
      errors.push({ field: `rules.${i}.id`, message: `Rule ${i + 1}: another rule already has the id '${rule.id}'.` });
    ids.add(rule.id);
  });
  if (note.length > 2000) errors.push({ field: 'note', message: 'The note is too long: at most 2000 characters.' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      version: (previous?.version ?? 0) + 1,
      rules: JSON.parse(JSON.stringify(rules)) as Rule[],
      changedBy: by,
      changedAt: at,
      note,
    },
  };
}
