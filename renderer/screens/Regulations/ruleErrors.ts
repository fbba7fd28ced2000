// validateRule speaks English and names fields ("outcome.split"); the editor shows each problem
// at its control, in the reader's language. This maps one to the other; a field it does not know
// keeps validateRule's own message, so no refusal is ever shown as nothing.
import { MAX_DEADLINE_HOURS, RULE_NAME_MAX, validateRule, type Rule } from '../../../shared/regulations';
import type { FieldError } from '../../../shared/workflow';

/** The editor's controls that can carry an error. */
export type RuleField =
  'name' | 'matchKinds' | 'claimAge' | 'ownerInactive' | 'conditions' | 'outcome' | 'split' | 'deadline';

export interface RuleProblem {
  field: RuleField;
  /** Key under regulations.errors, or null when only `message` (English, from shared/) is known. */
  key: string | null;
  params: Record<string, string | number>;
  message: string;
}

export function ruleProblems(rule: Rule): RuleProblem[] {
  const checked = validateRule(rule);
  return checked.ok ? [] : checked.errors.map((e) => problemOf(e, rule));
}

/** Errors from the endpoint ("rules.2.outcome.split") are the same fields with the rule's index in front. */
export function problemOf(error: FieldError, rule: Rule): RuleProblem {
  const make = (field: RuleField, key: string | null, params: RuleProblem['params'] = {}): RuleProblem => ({
    field,
    key,
    params,
    message: error.message,
  });
  const c = rule.conditions;
  switch (error.field) {
    case 'name':
      return typeof rule.name === 'string' && rule.name.trim() !== ''
        ? make('name', 'nameTooLong', { max: RULE_NAME_MAX })
        : make('name', 'nameRequired');
    case 'conditions.matchKind':
      return make('matchKinds', 'matchKind');
    case 'conditions.claimAgeDays.min':
    case 'conditions.claimAgeDays.max':
      return make('claimAge', 'claimAgeBound');
    case 'conditions.claimAgeDays':
      return c.claimAgeDays?.min !== undefined && c.claimAgeDays.max !== undefined
        ? make('claimAge', 'claimAgeOrder', { min: c.claimAgeDays.min, max: c.claimAgeDays.max })
        : make('claimAge', 'claimAgeMissing');
    case 'conditions.ownerInactiveDays.min':
      return make('ownerInactive', 'ownerInactive');
    case 'outcome':
      return make('outcome', 'outcome');
    case 'outcome.split': {
      const o = rule.outcome;
      const whole =
        o.type === 'splitFirstOrder' &&
        [o.owner, o.newcomer].every((n) => Number.isSafeInteger(n) && n >= 0 && n <= 100);
      return whole && o.type === 'splitFirstOrder'
        ? make('split', 'splitSum', { sum: o.owner + o.newcomer })
        : make('split', 'splitRange');
    }
    case 'outcome.deadlineHours':
      return make('deadline', 'deadline', { max: MAX_DEADLINE_HOURS });
    default:
      return make(error.field.startsWith('outcome') ? 'outcome' : error.field === 'id' ? 'name' : 'conditions', null);
  }
}

/** Endpoint errors per rule index ("rules.2.name" → rule 2's name); the rest (e.g. "note") by field. */
export function endpointProblems(
  errors: readonly FieldError[],
  rules: readonly Rule[],
): { byRule: Map<number, RuleProblem[]>; other: FieldError[] } {
  const byRule = new Map<number, RuleProblem[]>();
  const other: FieldError[] = [];
  for (const e of errors) {
    const m = /^rules\.(\d+)\.(.+)$/u.exec(e.field);
    const index = m ? Number(m[1]) : -1;
    const rule = rules[index];
    if (!m || !rule) {
      other.push(e);
      continue;
    }
    // The endpoint prefixes "Rule 3: "; the card already says which rule it is.
    const problem = problemOf({ field: m[2] ?? '', message: e.message.replace(/^Rule \d+: /u, '') }, rule);
    byRule.set(index, [...(byRule.get(index) ?? []), problem]);
  }
  return { byRule, other };
}
