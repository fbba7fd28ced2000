// A rule in words, "if … then …", for the regulations list. describeRule() says which phrases
// (i18n keys under regulations.describe) and numbers; ruleWords() puts them in the reader's
// language, so both stay testable without React.
import type { TFunction } from 'i18next';
import type { IdentityKind } from '../../../shared/identity';
import type { Outcome, Rule } from '../../../shared/regulations';

export interface Phrase {
  key: string;
  /** Numbers of days/hours/percent as data; kinds as a list to be translated and joined. */
  days?: { min?: number; max?: number };
  hours?: number;
  split?: { owner: number; newcomer: number };
  kinds?: IdentityKind[];
}

export interface RuleDescription {
  /** Empty: the rule applies to every case. */
  conditions: Phrase[];
  outcome: Phrase;
}

export function describeRule(rule: Rule): RuleDescription {
  const c = rule.conditions;
  const conditions: Phrase[] = [];
  if (c.matchKind) conditions.push({ key: 'matchKind', kinds: [...c.matchKind] });
  if (c.sameOffice !== undefined) conditions.push({ key: c.sameOffice ? 'sameOffice' : 'differentOffices' });
  if (c.claimAgeDays) {
    const { min, max } = c.claimAgeDays;
    const key =
      min !== undefined && max !== undefined
        ? 'claimAgeBetween'
        : min !== undefined
          ? 'claimAgeAtLeast'
          : 'claimAgeAtMost';
    conditions.push({ key, days: { min, max } });
  }
  if (c.ownerInactiveDays) conditions.push({ key: 'ownerInactive', days: { min: c.ownerInactiveDays.min } });
  if (c.ownerHasOpenDeal !== undefined)
    conditions.push({ key: c.ownerHasOpenDeal ? 'ownerHasOpenDeal' : 'ownerHasNoOpenDeal' });
  if (c.ownerHasPaidDeal !== undefined)
    conditions.push({ key: c.ownerHasPaidDeal ? 'ownerHasPaidDeal' : 'ownerHasNoPaidDeal' });
  if (c.firstContact !== undefined)
    conditions.push({ key: c.firstContact === 'owner' ? 'firstContactOwner' : 'firstContactNewcomer' });
  if (c.newcomerViaHousehold !== undefined)
    conditions.push({ key: c.newcomerViaHousehold ? 'viaHousehold' : 'notViaHousehold' });
  return { conditions, outcome: describeOutcome(rule.outcome) };
}

export function describeOutcome(outcome: Outcome): Phrase {
  switch (outcome.type) {
    case 'splitFirstOrder':
      return { key: 'outcome_splitFirstOrder', split: { owner: outcome.owner, newcomer: outcome.newcomer } };
    case 'negotiate':
      return { key: 'outcome_negotiate', hours: outcome.deadlineHours };
    default:
      return { key: `outcome_${outcome.type}` };
  }
}

export interface RuleWords {
  /** "the clients match by phone or email, and the managers work in different offices"; null for every case. */
  when: string | null;
  then: string;
  /** The whole rule as one sentence: "If …, then …." */
  sentence: string;
}

export function ruleWords(rule: Rule, t: TFunction, locale: string): RuleWords {
  const { conditions, outcome } = describeRule(rule);
  const say = (phrase: Phrase) => t(`regulations.describe.${phrase.key}`, values(phrase, t, locale));
  const when =
    conditions.length > 0 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(conditions.map(say)) : null;
  const then = say(outcome);
  return {
    when,
    then,
    sentence:
      when === null ? t('regulations.describe.always', { then }) : t('regulations.describe.ifThen', { when, then }),
  };
}

function values(phrase: Phrase, t: TFunction, locale: string): Record<string, string | number> {
  // Russian says "60 дн." rather than decline "дней/дня/день" after "не меньше"; the unit style is a translation.
  const unitDisplay = t('regulations.describe.unitDisplay') === 'short' ? 'short' : 'long';
  const unit = (n: number, u: 'day' | 'hour') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay }).format(n);
  const out: Record<string, string | number> = {};
  if (phrase.days?.min !== undefined) out.min = unit(phrase.days.min, 'day');
  if (phrase.days?.max !== undefined) out.max = unit(phrase.days.max, 'day');
  // "between 7 and 30 days": the unit once, after the second number.
  if (phrase.days?.min !== undefined && phrase.days.max !== undefined)
    out.minNumber = new Intl.NumberFormat(locale).format(phrase.days.min);
  if (phrase.hours !== undefined) out.hours = unit(phrase.hours, 'hour');
  if (phrase.split) Object.assign(out, phrase.split);
  if (phrase.kinds)
    out.kinds = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
      phrase.kinds.map((k) => t(`regulations.describe.kind_${k}`)),
    );
  return out;
}
