// The shape of a PUT /regulations body; the rules themselves are judged by shared/regulations.
import type { Rule } from '../../../shared/regulations';
import type { Checked, FieldProblem, RegulationsUpdate } from '../../../shared/sync';

/** More rules than anyone reads in order; a list this long is a mistake, not regulations. */
export const MAX_RULES = 100;

export function checkRegulationsUpdate(body: unknown): Checked<RegulationsUpdate> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {
      ok: false,
      fields: [{ field: '', message: 'Send {"rules": [...], "note": "...", "basedOnVersion": N} as JSON.' }],
    };
  const b = body as Record<string, unknown>;
  const fields: FieldProblem[] = [];
  if (!Array.isArray(b.rules))
    fields.push({ field: 'rules', message: 'Send the whole ordered list of rules (an empty list is allowed).' });
  else if (b.rules.length > MAX_RULES)
    fields.push({ field: 'rules', message: `At most ${MAX_RULES} rules; this list has ${b.rules.length}.` });
  else {
    b.rules.forEach((rule: unknown, i) => {
      if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
        fields.push({
          field: `rules.${i}`,
          message: `Rule ${i + 1} is not a rule (an object with id, name, conditions and outcome).`,
        });
    });
  }
  if (b.note !== undefined && typeof b.note !== 'string')
    fields.push({ field: 'note', message: 'The note must be text.' });
  if (!(Number.isSafeInteger(b.basedOnVersion) && (b.basedOnVersion as number) >= 0)) {
    fields.push({
      field: 'basedOnVersion',
      message: 'Say which version you edited (the "version" of the regulations you loaded).',
    });
  }
  if (fields.length) return { ok: false, fields };
  return {
    ok: true,
    value: {
      rules: b.rules as Rule[],
      note: (b.note as string | undefined) ?? '',
      basedOnVersion: b.basedOnVersion as number,
    },
  };
}
