// Edits to the list of rules before it is saved as a new version. Pure and immutable: the
// version on the endpoint is never touched until the lead saves.
import type { Rule } from '../../../shared/regulations';

/** Moves the rule at `index` by one place; at either end the list stays as it is. */
export function moveRule(rules: readonly Rule[], index: number, delta: -1 | 1): Rule[] {
  const target = index + delta;
  if (index < 0 || index >= rules.length || target < 0 || target >= rules.length) return [...rules];
  const next = [...rules];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function removeRule(rules: readonly Rule[], index: number): Rule[] {
  return rules.filter((_, i) => i !== index);
}

/** Replaces the rule at `index`, or appends when index is the list's length (a new rule). */
export function putRule(rules: readonly Rule[], index: number, rule: Rule): Rule[] {
  if (index === rules.length) return [...rules, rule];
  return rules.map((r, i) => (i === index ? rule : r));
}

/** Order matters, so the lists are compared position by position, as plain data. */
export function sameRules(a: readonly Rule[], b: readonly Rule[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An id no rule in the list has: ids are how versions and explanations refer to a rule. */
export function newRuleId(rules: readonly Rule[], random: () => string): string {
  const taken = new Set(rules.map((r) => r.id));
  for (;;) {
    const id = `rule-${random()}`;
    if (!taken.has(id)) return id;
  }
}
