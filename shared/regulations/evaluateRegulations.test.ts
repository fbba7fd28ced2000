import { describe, expect, it } from 'vitest';
import { DEFAULT_REGULATIONS } from './defaults';
import { evaluateRegulations } from './evaluateRegulations';
import { caseContextForTests } from '../../test/support/caseContextForTests';
import type { Rule } from './rule';
import { validateRule } from './validateRule';

describe('DEFAULT_REGULATIONS', () => {
  it('rule 1: the first contact keeps the client', () => {
    const r = evaluateRegulations(
      DEFAULT_REGULATIONS,
      caseContextForTests({ firstContact: 'newcomer', ownerInactiveDays: 90 }),
    );
    expect(r.outcome).toEqual({ type: 'moveToNewcomer' });
    expect(r.explanation).toBe("Rule 1 — 'The first contact keeps the client': Masha contacted the client first.");
  });

  it('rule 2: a claim lapses after 60 days without activity (the users’ example, word for word)', () => {
    const r = evaluateRegulations(DEFAULT_REGULATIONS, caseContextForTests({ ownerInactiveDays: 75 }));
    expect(r.outcome).toEqual({ type: 'moveToNewcomer' });
    expect(r.rule?.id).toBe('claim-lapses');
    expect(r.ruleNumber).toBe(2);
    expect(r.explanation).toBe(
      "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago.",
    );
    expect(r.reasons).toEqual([
      {
        condition: 'ownerInactiveDays',
        text: "Petya's last activity was 75 days ago",
        params: { owner: 'Petya', days: 75 },
      },
    ]);
  });

  it('rule 2 does not apply at 59 days', () => {
    expect(evaluateRegulations(DEFAULT_REGULATIONS, caseContextForTests({ ownerInactiveDays: 59 })).ruleNumber).toBe(3);
  });

  it('rule 3: across offices the managers negotiate for 48 hours', () => {
    const r = evaluateRegulations(DEFAULT_REGULATIONS, caseContextForTests());
    expect(r.outcome).toEqual({ type: 'negotiate', deadlineHours: 48 });
    expect(r.explanation).toBe(
      "Rule 3 — 'Across offices the managers negotiate first': Petya (Tverskaya) and Masha (Arbat) work in different offices.",
    );
  });

  it('rule 4: inside an office the lead decides', () => {
    const r = evaluateRegulations(
      DEFAULT_REGULATIONS,
      caseContextForTests({ sameOffice: true, newcomerOffice: 'Tverskaya' }),
    );
    expect(r.outcome).toEqual({ type: 'leadDecides' });
    expect(r.explanation).toBe(
      "Rule 4 — 'Inside an office the lead decides': Petya and Masha work in the same office (Tverskaya).",
    );
  });

  it('every default rule is valid data', () => {
    for (const rule of DEFAULT_REGULATIONS) expect(validateRule(rule).ok).toBe(true);
  });
});

describe('evaluateRegulations', () => {
  const paid: Rule = {
    id: 'paid',
    name: 'A paid deal protects the owner',
    conditions: { ownerHasPaidDeal: true },
    outcome: { type: 'stayWithOwner' },
  };
  const household: Rule = {
    id: 'hh',
    name: 'A household order goes to the owner',
    conditions: { newcomerViaHousehold: true, matchKind: ['phone', 'email'] },
    outcome: { type: 'splitFirstOrder', owner: 70, newcomer: 30 },
  };
  const all: Rule = { id: 'all', name: 'Tell them and move on', conditions: {}, outcome: { type: 'notifyOnly' } };

  it('the first matching rule in order wins', () => {
    const c = caseContextForTests({ ownerHasPaidDeal: true, newcomerViaHousehold: true });
    expect(evaluateRegulations([paid, household], c).rule?.id).toBe('paid');
    expect(evaluateRegulations([household, paid], c).rule?.id).toBe('hh');
  });

  it('explains a rule with several conditions, joined in words', () => {
    const r = evaluateRegulations(
      [household],
      caseContextForTests({ newcomerViaHousehold: true, matchKinds: ['phone', 'domain'] }),
    );
    expect(r.outcome).toEqual({ type: 'splitFirstOrder', owner: 70, newcomer: 30 });
    expect(r.explanation).toBe(
      "Rule 1 — 'A household order goes to the owner': the clients match by phone; Masha's request came from a household member of the client.",
    );
  });

  it('a rule without conditions applies to every case', () => {
    expect(evaluateRegulations([paid, all], caseContextForTests()).explanation).toBe(
      "Rule 2 — 'Tell them and move on': it applies to every case.",
    );
  });

  it('claim age bounds are inclusive', () => {
    const young: Rule = {
      id: 'y',
      name: 'Young claims are shared',
      conditions: { claimAgeDays: { min: 0, max: 7 } },
      outcome: { type: 'splitFirstOrder', owner: 50, newcomer: 50 },
    };
    expect(evaluateRegulations([young], caseContextForTests({ claimAgeDays: 7 })).explanation).toBe(
      "Rule 1 — 'Young claims are shared': Petya's claim is 7 days old.",
    );
    expect(evaluateRegulations([young], caseContextForTests({ claimAgeDays: 8 })).rule).toBeNull();
  });

  it('falls back to the lead when no rule applies', () => {
    const r = evaluateRegulations([paid], caseContextForTests());
    expect(r).toEqual({
      outcome: { type: 'leadDecides' },
      rule: null,
      ruleNumber: null,
      reasons: [],
      explanation: 'No rule applies to this case, so a lead decides.',
    });
  });
});

describe('a company notice', () => {
  it('is never handed over by any rule, however long the company’s manager was inactive', () => {
    const ctx = caseContextForTests({ ownerInactiveDays: 75, firstContact: 'newcomer', companyNotice: true });
    const r = evaluateRegulations(DEFAULT_REGULATIONS, ctx);
    expect(r.outcome).toEqual({ type: 'notifyOnly' });
    expect(r.rule).toBeNull();
    expect(r.explanation).toContain('no client moves');
    const always: Rule = { id: 'all', name: 'Everything moves', conditions: {}, outcome: { type: 'moveToNewcomer' } };
    expect(evaluateRegulations([always], ctx).outcome).toEqual({ type: 'notifyOnly' });
  });
});
