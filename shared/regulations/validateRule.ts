import type { FieldError, Validated } from '../workflow/terms';
import type { Rule } from './rule';

export const RULE_NAME_MAX = 200;
const KINDS = ['phone', 'email', 'domain'];
const OUTCOMES = ['stayWithOwner', 'moveToNewcomer', 'splitFirstOrder', 'negotiate', 'leadDecides', 'notifyOnly'];
/** A deadline over a month is no deadline; the leads would forget the case. */
export const MAX_DEADLINE_HOURS = 24 * 31;

/** Leads edit rules in a form: every mistake is named in words at the field it belongs to. */
export function validateRule(input: unknown): Validated<Rule> {
  const errors: FieldError[] = [];
  const r = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const err = (field: string, message: string) => errors.push({ field, message });

  if (typeof r.id !== 'string' || r.id.trim() === '') err('id', 'The rule has no id.');
  if (typeof r.name !== 'string' || r.name.trim() === '') err('name', 'Give the rule a name people will recognise.');
  else if (r.name.length > RULE_NAME_MAX) err('name', `The name is too long: at most ${RULE_NAME_MAX} characters.`);

  const c = (typeof r.conditions === 'object' && r.conditions !== null ? r.conditions : null) as Record<
    string,
    unknown
  > | null;
  if (!c) err('conditions', 'The rule has no conditions (use an empty set to apply it to every case).');
  else {
    if (
      c.matchKind !== undefined &&
      !(Array.isArray(c.matchKind) && c.matchKind.length > 0 && c.matchKind.every((k) => KINDS.includes(k as string)))
    ) {
      err('conditions.matchKind', 'Choose at least one kind of match: phone, email or domain.');
    }
    for (const b of ['sameOffice', 'ownerHasOpenDeal', 'ownerHasPaidDeal', 'newcomerViaHousehold'] as const) {
      if (c[b] !== undefined && typeof c[b] !== 'boolean') err(`conditions.${b}`, 'Choose yes or no.');
    }
    if (c.firstContact !== undefined && c.firstContact !== 'owner' && c.firstContact !== 'newcomer')
      err('conditions.firstContact', 'Choose who contacted the client first: the owner or the newcomer.');
    if (c.claimAgeDays !== undefined) {
      const a = (c.claimAgeDays ?? {}) as { min?: unknown; max?: unknown };
      if (a.min !== undefined && !isDays(a.min))
        err('conditions.claimAgeDays.min', 'The minimum age of the claim must be a whole number of days, 0 or more.');
      if (a.max !== undefined && !isDays(a.max))
        err('conditions.claimAgeDays.max', 'The maximum age of the claim must be a whole number of days, 0 or more.');
      if (a.min === undefined && a.max === undefined)
        err('conditions.claimAgeDays', 'Give a minimum or a maximum age of the claim, or remove the condition.');
      if (isDays(a.min) && isDays(a.max) && a.min > a.max)
        err(
          'conditions.claimAgeDays',
          `The minimum age (${a.min} days) is above the maximum (${a.max} days): the rule could never apply.`,
        );
    }
    if (c.ownerInactiveDays !== undefined && !isDays((c.ownerInactiveDays as { min?: unknown } | null)?.min)) {
      err('conditions.ownerInactiveDays.min', "The owner's inactivity must be a whole number of days, 0 or more.");
    }
  }

  const o = (typeof r.outcome === 'object' && r.outcome !== null ? r.outcome : {}) as Record<string, unknown>;
  if (!OUTCOMES.includes(o.type as string)) err('outcome', 'Choose what the rule recommends.');
  if (o.type === 'splitFirstOrder') {
    const ok = isPct(o.owner) && isPct(o.newcomer);
    if (!ok) err('outcome.split', 'The split of the first order must be whole percentages from 0 to 100.');
    else if ((o.owner as number) + (o.newcomer as number) !== 100)
      err(
        'outcome.split',
        `The split of the first order must add up to 100%; it adds up to ${(o.owner as number) + (o.newcomer as number)}%.`,
      );
  }
  if (
    o.type === 'negotiate' &&
    !(
      Number.isSafeInteger(o.deadlineHours) &&
      (o.deadlineHours as number) >= 1 &&
      (o.deadlineHours as number) <= MAX_DEADLINE_HOURS
    )
  ) {
    err(
      'outcome.deadlineHours',
      `The negotiation deadline must be a whole number of hours from 1 to ${MAX_DEADLINE_HOURS}.`,
    );
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input as Rule };
}

function isDays(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isPct(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 100;
}
