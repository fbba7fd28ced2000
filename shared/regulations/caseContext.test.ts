import { describe, expect, it } from 'vitest';
import { caseContextOf, firstContact, type CaseFacts } from './caseContext';
import { DEFAULT_REGULATIONS } from './defaults';
import { evaluateRegulations } from './evaluateRegulations';
import { recommendationToDoc } from './recommendationDoc';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;
const party = (managerName: string, officeId: string, officeName: string, since: number) => ({
  clientId: `c-${managerName}`,
  clientLabel: 'Ivanov P.',
  managerId: managerName.toLowerCase(),
  managerName,
  officeId,
  officeName,
  since,
});
const caseDoc = {
  owner: party('Petya', 'o1', 'Tverskaya', NOW - 120 * DAY),
  newcomer: party('Masha', 'o2', 'Arbat', NOW - DAY),
  matched: [
    { kind: 'phone' as const, display: '+7 916 ***-**-67' },
    { kind: 'phone' as const, display: '+7 903 ***-**-01' },
    { kind: 'email' as const, display: 'p***@gmail.com' },
  ],
};
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseDoc,
  owner: { since: caseDoc.owner.since },
  newcomer: { since: caseDoc.newcomer.since },
  now: NOW,
  ...over,
});

describe('caseContextOf', () => {
  it('reads the case: kinds of match, offices, claim age, names', () => {
    expect(caseContextOf(facts())).toEqual({
      matchKinds: ['phone', 'email'],
      sameOffice: false,
      claimAgeDays: 120,
      ownerInactiveDays: 0,
      ownerHasOpenDeal: false,
      ownerHasPaidDeal: false,
      firstContact: null,
      newcomerViaHousehold: false,
      ownerName: 'Petya',
      newcomerName: 'Masha',
      ownerOffice: 'Tverskaya',
      newcomerOffice: 'Arbat',
    });
  });

  it("takes the owner's last activity from the claim or the activities, whichever is later", () => {
    expect(caseContextOf(facts({ owner: { since: 0, claimLastActivityAt: NOW - 75 * DAY } })).ownerInactiveDays).toBe(
      75,
    );
    expect(
      caseContextOf(
        facts({
          owner: { since: 0, claimLastActivityAt: NOW - 75 * DAY, activityDates: [NOW - 80 * DAY, NOW - 3 * DAY] },
        }),
      ).ownerInactiveDays,
    ).toBe(3);
    // A clock running ahead never makes a negative age.
    expect(caseContextOf(facts({ owner: { since: 0, claimLastActivityAt: NOW + DAY } })).ownerInactiveDays).toBe(0);
  });

  it("sees the owner's open and paid deals", () => {
    const c = caseContextOf(facts({ owner: { since: 0, deals: [{ status: 'cancelled' }, { status: 'quoted' }] } }));
    expect([c.ownerHasOpenDeal, c.ownerHasPaidDeal]).toEqual([true, false]);
    const p = caseContextOf(facts({ owner: { since: 0, deals: [{ status: 'paid' }] } }));
    expect([p.ownerHasOpenDeal, p.ownerHasPaidDeal]).toEqual([false, true]);
  });

  it('says who contacted the client first only when both sides are visible', () => {
    const owner = { since: 500, activityDates: [600] };
    expect(firstContact(owner, { since: 900, activityDates: [400] })).toBe('newcomer');
    expect(firstContact(owner, { since: 900, activityDates: [] })).toBe('owner');
    expect(firstContact(owner, { since: 500, activityDates: [] })).toBeNull();
    expect(firstContact(owner, { since: 900 })).toBeNull();
    expect(firstContact({ since: 500 }, { since: 900, activityDates: [100] })).toBeNull();
  });

  it('feeds the default regulations: a lapsed claim moves the client', () => {
    const rec = evaluateRegulations(
      DEFAULT_REGULATIONS,
      caseContextOf(facts({ owner: { since: 0, claimLastActivityAt: NOW - 75 * DAY } })),
    );
    expect(rec.explanation).toBe(
      "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago.",
    );
  });
});

describe('recommendationToDoc', () => {
  it('stores the outcome, the rule and the reasons as the case schema wants them', () => {
    const rec = evaluateRegulations(
      DEFAULT_REGULATIONS,
      caseContextOf(facts({ owner: { since: 0, claimLastActivityAt: NOW - 75 * DAY } })),
    );
    expect(recommendationToDoc(rec, 3, NOW)).toEqual({
      outcome: { type: 'moveToNewcomer' },
      ruleId: 'claim-lapses',
      ruleName: 'A claim lapses after 60 days without activity',
      ruleNumber: 2,
      explanation: rec.explanation,
      reasons: [
        {
          condition: 'ownerInactiveDays',
          text: "Petya's last activity was 75 days ago",
          params: '{"owner":"Petya","days":75}',
        },
      ],
      regulationsVersion: 3,
      evaluatedAt: NOW,
    });
  });

  it('keeps a split and a deadline, and marks the fallback as rule 0', () => {
    const split = recommendationToDoc(
      {
        outcome: { type: 'splitFirstOrder', owner: 70, newcomer: 30 },
        rule: null,
        ruleNumber: null,
        reasons: [],
        explanation: 'x',
      },
      0,
      1,
    );
    expect(split).toMatchObject({
      outcome: { type: 'splitFirstOrder', owner: 70, newcomer: 30 },
      ruleId: '',
      ruleNumber: 0,
    });
    expect(recommendationToDoc(evaluateRegulations(DEFAULT_REGULATIONS, caseContextOf(facts())), 0, 1).outcome).toEqual(
      { type: 'negotiate', deadlineHours: 48 },
    );
  });
});
