import type { CaseContext, Outcome, Rule, RuleConditions } from './rule';

/** One reason a rule applied, in words and as params so the UI can translate by key. */
export interface Reason {
  condition: keyof RuleConditions;
  text: string;
  params: Record<string, string | number | boolean>;
}

export interface Recommendation {
  outcome: Outcome;
  /** null when no rule applies and the fallback (the lead decides) is used. */
  rule: Rule | null;
  /** 1-based position in the list, as the agency numbers its rules. */
  ruleNumber: number | null;
  reasons: Reason[];
  /** "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago." */
  explanation: string;
}

/** No written rule foresaw the case: a person has to look at it. */
export const FALLBACK_OUTCOME: Outcome = { type: 'leadDecides' };

/** What every company notice gets: the company's managers are told, nobody is moved. */
export const COMPANY_NOTICE_OUTCOME: Outcome = { type: 'notifyOnly' };

/**
 * The first rule in order whose conditions all hold wins, so the agency controls precedence by
 * ordering. A company notice is judged by no rule: the rules settle who keeps a person, and a
 * colleague at the same company is another person — a rule like "a claim lapses after 60 days"
 * must never hand the company's clients to whoever adds one more contact there.
 */
export function evaluateRegulations(rules: readonly Rule[], ctx: CaseContext): Recommendation {
  if (ctx.companyNotice)
    return {
      outcome: COMPANY_NOTICE_OUTCOME,
      rule: null,
      ruleNumber: null,
      reasons: [],
      explanation: `A new contact at a company ${ctx.ownerName} works with: the company's managers are told, and no client moves.`,
    };
  for (const [i, rule] of rules.entries()) {
    const reasons = matchRule(rule.conditions, ctx);
    if (!reasons) continue;
    const why = reasons.length > 0 ? reasons.map((r) => r.text).join('; ') : 'it applies to every case';
    return {
      outcome: rule.outcome,
      rule,
      ruleNumber: i + 1,
      reasons,
      explanation: `Rule ${i + 1} — '${rule.name}': ${why}.`,
    };
  }
  return {
    outcome: FALLBACK_OUTCOME,
    rule: null,
    ruleNumber: null,
    reasons: [],
    explanation: 'No rule applies to this case, so a lead decides.',
  };
}

/** The reasons, one per condition, or null when any condition fails. */
export function matchRule(c: RuleConditions, ctx: CaseContext): Reason[] | null {
  const reasons: Reason[] = [];
  const owner = ctx.ownerName;
  const newcomer = ctx.newcomerName;
  if (c.matchKind) {
    const kinds = ctx.matchKinds.filter((k) => c.matchKind!.includes(k));
    if (kinds.length === 0) return null;
    reasons.push({
      condition: 'matchKind',
      text: `the clients match by ${kinds.join(' and ')}`,
      params: { kinds: kinds.join(',') },
    });
  }
  if (c.sameOffice !== undefined) {
    if (c.sameOffice !== ctx.sameOffice) return null;
    reasons.push(
      ctx.sameOffice
        ? {
            condition: 'sameOffice',
            text: `${owner} and ${newcomer} work in the same office (${ctx.ownerOffice})`,
            params: { owner, newcomer, office: ctx.ownerOffice, sameOffice: true },
          }
        : {
            condition: 'sameOffice',
            text: `${owner} (${ctx.ownerOffice}) and ${newcomer} (${ctx.newcomerOffice}) work in different offices`,
            params: {
              owner,
              newcomer,
              ownerOffice: ctx.ownerOffice,
              newcomerOffice: ctx.newcomerOffice,
              sameOffice: false,
            },
          },
    );
  }
  if (c.claimAgeDays) {
    const { min, max } = c.claimAgeDays;
    if ((min !== undefined && ctx.claimAgeDays < min) || (max !== undefined && ctx.claimAgeDays > max)) return null;
    reasons.push({
      condition: 'claimAgeDays',
      text: `${owner}'s claim is ${days(ctx.claimAgeDays)} old`,
      params: { owner, days: ctx.claimAgeDays },
    });
  }
  if (c.ownerInactiveDays) {
    if (ctx.ownerInactiveDays < c.ownerInactiveDays.min) return null;
    reasons.push({
      condition: 'ownerInactiveDays',
      text: `${owner}'s last activity was ${days(ctx.ownerInactiveDays)} ago`,
      params: { owner, days: ctx.ownerInactiveDays },
    });
  }
  if (c.ownerHasOpenDeal !== undefined) {
    if (c.ownerHasOpenDeal !== ctx.ownerHasOpenDeal) return null;
    reasons.push({
      condition: 'ownerHasOpenDeal',
      text: `${owner} has ${ctx.ownerHasOpenDeal ? 'an' : 'no'} open deal with the client`,
      params: { owner, value: ctx.ownerHasOpenDeal },
    });
  }
  if (c.ownerHasPaidDeal !== undefined) {
    if (c.ownerHasPaidDeal !== ctx.ownerHasPaidDeal) return null;
    reasons.push({
      condition: 'ownerHasPaidDeal',
      text: `${owner} has ${ctx.ownerHasPaidDeal ? 'a' : 'no'} paid deal with the client`,
      params: { owner, value: ctx.ownerHasPaidDeal },
    });
  }
  if (c.firstContact !== undefined) {
    if (c.firstContact !== ctx.firstContact) return null;
    const who = ctx.firstContact === 'owner' ? owner : newcomer;
    reasons.push({
      condition: 'firstContact',
      text: `${who} contacted the client first`,
      params: { who, side: c.firstContact },
    });
  }
  if (c.newcomerViaHousehold !== undefined) {
    if (c.newcomerViaHousehold !== ctx.newcomerViaHousehold) return null;
    reasons.push({
      condition: 'newcomerViaHousehold',
      text: `${newcomer}'s request ${ctx.newcomerViaHousehold ? 'came' : 'did not come'} from a household member of the client`,
      params: { newcomer, value: ctx.newcomerViaHousehold },
    });
  }
  return reasons;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
