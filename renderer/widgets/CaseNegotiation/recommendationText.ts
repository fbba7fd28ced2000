// What the regulations recommend for a case, in the UI language: the outcome by the managers'
// names, the rule by its number and name, and each reason it applied. The core hands over either
// the endpoint's stored recommendation or one it computed itself; both read the same here.
import type { CaseRecommendation } from '../../../shared/db';
import type { Recommendation } from '../../../shared/regulations';
import type { CaseView } from '../../../shared/office/resolution/types';
import { genderContext } from '../../i18n/nameFormatters';
import { ruleDisplayName } from '../../i18n/ruleName';
import type { Translator } from '../../i18n/translator';
import { listOf, type SideNames } from '../TermsForm/termsSentence';

export type OutcomeInfo = CaseRecommendation['outcome'];

export interface RecommendationInfo {
  provisional: boolean;
  outcome: OutcomeInfo;
  /** null when no rule applied (a lead decides). */
  ruleNumber: number | null;
  ruleId: string | null;
  ruleName: string | null;
  reasons: Array<{ condition: string; text: string; params: Record<string, unknown> }>;
  /** The engine's English explanation: shown when a reason cannot be put in words here. */
  explanation: string;
}

export function recommendationInfo(rec: CaseView['recommendation']): RecommendationInfo | null {
  if (!rec) return null;
  const value = rec.value;
  if (!value) return null;
  if (isStored(value)) {
    return {
      provisional: rec.provisional,
      outcome: value.outcome,
      ruleNumber: value.ruleNumber > 0 ? value.ruleNumber : null,
      ruleId: value.ruleNumber > 0 ? value.ruleId : null,
      ruleName: value.ruleNumber > 0 ? value.ruleName : null,
      reasons: value.reasons.map((r) => ({ condition: r.condition, text: r.text, params: parseParams(r.params) })),
      explanation: value.explanation,
    };
  }
  return {
    provisional: rec.provisional,
    outcome: value.outcome,
    ruleNumber: value.ruleNumber,
    ruleId: value.rule?.id ?? null,
    ruleName: value.rule?.name ?? null,
    reasons: value.reasons.map((r) => ({ condition: r.condition, text: r.text, params: { ...r.params } })),
    explanation: value.explanation,
  };
}

function isStored(value: Recommendation | CaseRecommendation): value is CaseRecommendation {
  return 'ruleName' in value;
}

function parseParams(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** "The client moves to Masha Petrova." */
export function outcomeText(i18n: Translator, outcome: OutcomeInfo, names: SideNames): string {
  const params = {
    owner: names.owner,
    newcomer: names.newcomer,
    ownerPct: outcome.owner ?? 0,
    newcomerPct: outcome.newcomer ?? 0,
    hours: unit(outcome.deadlineHours ?? 0, 'hour', i18n.language),
  };
  const key = `resolution.outcome.${outcome.type}`;
  return i18n.exists(key) ? i18n.t(key, params) : outcome.type;
}

/** "Rule 2 — “A claim lapses after 60 days without activity”", or that no rule applies. */
export function ruleTitle(
  i18n: Translator,
  info: Pick<RecommendationInfo, 'ruleNumber' | 'ruleId' | 'ruleName'>,
): string {
  if (info.ruleNumber === null) return i18n.t('resolution.noRule');
  const name = ruleDisplayName(i18n, { id: info.ruleId ?? '', name: info.ruleName ?? '' });
  return i18n.t('resolution.ruleTitle', { number: info.ruleNumber, name });
}

/**
 * The endpoint's ruling on a case in the UI language: "Правило 4 — «…»: reasons". The workflow
 * keeps the endpoint's English explanation as an escalation reason or a terms note; that English
 * is shown only for a case that carries no recommendation.
 */
export function rulingText(i18n: Translator, recommendation: CaseRecommendation | undefined, english: string): string {
  const info = recommendation ? recommendationInfo({ provisional: false, value: recommendation }) : null;
  if (!info) return english;
  const title = ruleTitle(i18n, info);
  const why = info.ruleNumber === null ? '' : reasonsText(i18n, info);
  return why ? `${title}: ${why}` : title;
}

/** Why the rule applied, one reason after another; the engine's English where a reason is unknown here. */
export function reasonsText(i18n: Translator, info: RecommendationInfo): string {
  if (info.reasons.length === 0) return info.ruleNumber === null ? '' : i18n.t('resolution.reason.always');
  return info.reasons.map((r) => reasonText(i18n, r)).join('; ');
}

function reasonText(i18n: Translator, reason: RecommendationInfo['reasons'][number]): string {
  const p = reason.params;
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
  const key = `resolution.reason.${reason.condition}`;
  switch (reason.condition) {
    case 'matchKind': {
      const kinds = str('kinds')
        .split(',')
        .filter(Boolean)
        .map((k) => i18n.t(`resolution.kind.${k}`));
      return kinds.length ? i18n.t(key, { kinds: listOf(i18n.language, kinds) }) : reason.text;
    }
    case 'sameOffice':
      return p.sameOffice === true
        ? i18n.t(`${key}_same`, p)
        : p.sameOffice === false
          ? i18n.t(`${key}_different`, p)
          : reason.text;
    case 'claimAgeDays':
    case 'ownerInactiveDays':
      return typeof p.days === 'number'
        ? i18n.t(key, { owner: str('owner'), days: unit(p.days, 'day', i18n.language) })
        : reason.text;
    case 'ownerHasOpenDeal':
    case 'ownerHasPaidDeal':
    case 'newcomerViaHousehold':
      return typeof p.value === 'boolean' ? i18n.t(`${key}_${p.value ? 'yes' : 'no'}`, p) : reason.text;
    case 'firstContact':
      return str('who') ? i18n.t(key, { ...p, context: genderContext(str('who')) }) : reason.text;
    default:
      return reason.text;
  }
}

/** "75 days", "75 дней": Intl knows each language's plural forms of units. */
function unit(value: number, name: 'day' | 'hour', language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
}
