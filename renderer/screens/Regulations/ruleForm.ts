// The rule editor's form state and its two-way mapping to a Rule. Every condition is a control
// that can say "any" (the condition is left out); numbers are what the inputs hold, '' when empty.
import type { IdentityKind } from '../../../shared/identity';
import type { Outcome, Rule, RuleConditions } from '../../../shared/regulations';

export type Tri = 'any' | 'yes' | 'no';
/** What a NumberInput holds: a number, '' when empty, or a string it could not read. */
export type NumberValue = number | string;

export interface RuleForm {
  id: string;
  name: string;
  matchKindOn: boolean;
  matchKinds: IdentityKind[];
  offices: 'any' | 'same' | 'different';
  claimAgeMin: NumberValue;
  claimAgeMax: NumberValue;
  ownerInactiveMin: NumberValue;
  ownerHasOpenDeal: Tri;
  ownerHasPaidDeal: Tri;
  firstContact: 'any' | 'owner' | 'newcomer';
  newcomerViaHousehold: Tri;
  outcome: Outcome['type'];
  splitOwner: NumberValue;
  splitNewcomer: NumberValue;
  deadlineHours: NumberValue;
}

export const OUTCOME_TYPES: readonly Outcome['type'][] = [
  'stayWithOwner',
  'moveToNewcomer',
  'splitFirstOrder',
  'negotiate',
  'leadDecides',
  'notifyOnly',
];
export const MATCH_KINDS: readonly IdentityKind[] = ['phone', 'email', 'domain'];

/** A new rule starts as "negotiate within 48 hours", the agency default between offices. */
export function emptyRuleForm(id: string): RuleForm {
  return {
    id,
    name: '',
    matchKindOn: false,
    matchKinds: [...MATCH_KINDS],
    offices: 'any',
    claimAgeMin: '',
    claimAgeMax: '',
    ownerInactiveMin: '',
    ownerHasOpenDeal: 'any',
    ownerHasPaidDeal: 'any',
    firstContact: 'any',
    newcomerViaHousehold: 'any',
    outcome: 'negotiate',
    splitOwner: 50,
    splitNewcomer: 50,
    deadlineHours: 48,
  };
}

export function ruleToForm(rule: Rule): RuleForm {
  const c = rule.conditions;
  const o = rule.outcome;
  return {
    ...emptyRuleForm(rule.id),
    name: rule.name,
    matchKindOn: c.matchKind !== undefined,
    matchKinds: c.matchKind ? [...c.matchKind] : [...MATCH_KINDS],
    offices: c.sameOffice === undefined ? 'any' : c.sameOffice ? 'same' : 'different',
    claimAgeMin: c.claimAgeDays?.min ?? '',
    claimAgeMax: c.claimAgeDays?.max ?? '',
    ownerInactiveMin: c.ownerInactiveDays?.min ?? '',
    ownerHasOpenDeal: tri(c.ownerHasOpenDeal),
    ownerHasPaidDeal: tri(c.ownerHasPaidDeal),
    firstContact: c.firstContact ?? 'any',
    newcomerViaHousehold: tri(c.newcomerViaHousehold),
    outcome: o.type,
    splitOwner: o.type === 'splitFirstOrder' ? o.owner : 50,
    splitNewcomer: o.type === 'splitFirstOrder' ? o.newcomer : 50,
    deadlineHours: o.type === 'negotiate' ? o.deadlineHours : 48,
  };
}

/**
 * The rule the form describes. Unreadable numbers become NaN, which validateRule refuses with
 * the field's own message, so nothing half-typed is ever taken for a bound.
 */
export function formToRule(form: RuleForm): Rule {
  const conditions: RuleConditions = {};
  if (form.matchKindOn) conditions.matchKind = MATCH_KINDS.filter((k) => form.matchKinds.includes(k));
  if (form.offices !== 'any') conditions.sameOffice = form.offices === 'same';
  const min = optional(form.claimAgeMin);
  const max = optional(form.claimAgeMax);
  if (min !== undefined || max !== undefined)
    conditions.claimAgeDays = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  const inactive = optional(form.ownerInactiveMin);
  if (inactive !== undefined) conditions.ownerInactiveDays = { min: inactive };
  if (form.ownerHasOpenDeal !== 'any') conditions.ownerHasOpenDeal = form.ownerHasOpenDeal === 'yes';
  if (form.ownerHasPaidDeal !== 'any') conditions.ownerHasPaidDeal = form.ownerHasPaidDeal === 'yes';
  if (form.firstContact !== 'any') conditions.firstContact = form.firstContact;
  if (form.newcomerViaHousehold !== 'any') conditions.newcomerViaHousehold = form.newcomerViaHousehold === 'yes';
  return { id: form.id, name: form.name.trim(), conditions, outcome: outcomeOf(form) };
}

function outcomeOf(form: RuleForm): Outcome {
  switch (form.outcome) {
    case 'splitFirstOrder':
      return { type: 'splitFirstOrder', owner: required(form.splitOwner), newcomer: required(form.splitNewcomer) };
    case 'negotiate':
      return { type: 'negotiate', deadlineHours: required(form.deadlineHours) };
    default:
      return { type: form.outcome };
  }
}

function tri(value: boolean | undefined): Tri {
  return value === undefined ? 'any' : value ? 'yes' : 'no';
}

function optional(value: NumberValue): number | undefined {
  if (value === '') return undefined;
  return required(value);
}

function required(value: NumberValue): number {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  return /^\d+$/u.test(trimmed) ? Number(trimmed) : Number.NaN;
}
