import { describe, expect, it } from 'vitest';
import type { CaseDoc } from '../db';
import { initialCaseState, ruleTerms } from './caseStart';
import { checkStep } from './checkStep';
import { withDeadline } from './deadline';
import type { Actor, CaseEvent } from './events';
import { foldCaseEvents } from './foldCaseEvents';
import { termsInForce, type CaseParties, type CaseRuling } from './state';
import type { Terms } from './terms';

const HOUR = 3_600_000;
const DETECTED = 1_000_000;
const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};

const party = (managerId: string, managerName: string, officeId: string) => ({
  clientId: `c-${managerId}`,
  clientLabel: 'Ivanov',
  managerId,
  managerName,
  officeId,
  officeName: officeId,
  since: 1,
});
const ruling = (outcome: CaseRuling['outcome'], explanation = 'Rule 2 — because.'): CaseRuling => ({
  outcome,
  explanation,
});
const caseWith = (recommendation?: CaseRuling): CaseParties => ({
  id: 'case1',
  owner: party('petya', 'Petya', 'o1'),
  newcomer: party('masha', 'Masha', 'o2'),
  detectedAt: DETECTED,
  ...(recommendation ? { recommendation } : {}),
});

const petya: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const masha: Actor = { userId: 'masha', role: 'manager', officeId: 'o2' };
const leadO2: Actor = { userId: 'lead2', role: 'lead', officeId: 'o2' };
const leadO3: Actor = { userId: 'lead3', role: 'lead', officeId: 'o3' };

let n = 0;
const base = (by: Actor, at: number) => ({ id: `s${String(++n).padStart(3, '0')}`, caseId: 'case1', at, by });
const propose = (by: Actor, at: number): CaseEvent => ({ ...base(by, at), type: 'propose', terms: TERMS });
const accept = (by: Actor, at: number, proposalId: string): CaseEvent => ({
  ...base(by, at),
  type: 'accept',
  proposalId,
});
const escalate = (by: Actor, at: number): CaseEvent => ({
  ...base(by, at),
  type: 'escalate',
  reason: 'I disagree with the rule.',
});
const decide = (by: Actor, at: number): CaseEvent => ({ ...base(by, at), type: 'decide', terms: TERMS });
const deadlineSet = (by: Actor, at: number, deadline: number): CaseEvent => ({
  ...base(by, at),
  type: 'deadlineSet',
  deadline,
});
const handover = (by: Actor, at: number): CaseEvent => ({ ...base(by, at), type: 'leadHandover', note: 'a lead' });

const RULED = 'The regulations have settled this case; escalate it to a lead if you disagree.';
const NOTIFY_ONLY =
  'The regulations only ask to let both managers know: there is nothing to negotiate. Escalate the case if it needs a decision.';
const NO_DEADLINE = 'There is no negotiation in this case, so a deadline does not apply.';

const T = DETECTED + 10;
const cases = {
  stayWithOwner: caseWith(ruling({ type: 'stayWithOwner' })),
  moveToNewcomer: caseWith(ruling({ type: 'moveToNewcomer' })),
  split7030: caseWith(ruling({ type: 'splitFirstOrder', owner: 70, newcomer: 30 })),
  leadDecides: caseWith(ruling({ type: 'leadDecides' }, "Rule 4 — 'Inside an office the lead decides': same office.")),
  notifyOnly: caseWith(ruling({ type: 'notifyOnly' })),
  negotiate: caseWith(ruling({ type: 'negotiate', deadlineHours: 48 })),
};

type Row = [string, keyof typeof cases, CaseEvent, string | null];
const rows: Row[] = [
  // Settled by a rule: no negotiation, but either manager may take it to a lead, who may decide.
  ['a manager proposes on a ruled case', 'stayWithOwner', propose(petya, T), RULED],
  ['a manager proposes on a case the rule moved', 'moveToNewcomer', propose(masha, T), RULED],
  ['a manager counters on a ruled case', 'split7030', { ...base(masha, T), type: 'counter', terms: TERMS }, RULED],
  ['a manager accepts on a ruled case', 'stayWithOwner', accept(masha, T, 'p1'), RULED],
  ['a manager accepts on a notify-only case', 'notifyOnly', accept(masha, T, 'p1'), NOTIFY_ONLY],
  ['a deadline on a ruled case', 'split7030', deadlineSet(petya, T, T + HOUR), NO_DEADLINE],
  ['the owner escalates a ruled case', 'stayWithOwner', escalate(petya, T), null],
  ['the newcomer escalates a ruled case', 'moveToNewcomer', escalate(masha, T), null],
  [
    'a lead escalates a ruled case',
    'split7030',
    escalate(leadO2, T),
    'Only the two managers of this case can escalate it.',
  ],
  ['a lead decides a ruled case', 'split7030', decide(leadO2, T), null],
  [
    'an uninvolved lead decides a ruled case',
    'stayWithOwner',
    decide(leadO3, T),
    'Only a lead of an office involved in the case, or an admin, can decide it.',
  ],
  [
    'a lead handover on a ruled case',
    'stayWithOwner',
    handover(petya, T),
    'Leads are handed over once the case is agreed or decided.',
  ],
  // The lead decides: the case starts escalated.
  [
    'a manager proposes when the lead decides',
    'leadDecides',
    propose(petya, T),
    'The case has been escalated; the leads decide now.',
  ],
  ['a manager escalates when the lead decides', 'leadDecides', escalate(masha, T), 'The case is already escalated.'],
  [
    'a deadline when the lead decides',
    'leadDecides',
    deadlineSet(leadO2, T, T + HOUR),
    'The case is already escalated; a deadline no longer applies.',
  ],
  ['the lead decides', 'leadDecides', decide(leadO2, T), null],
  // Notify only: nothing to resolve, but a manager may still ask a lead.
  ['a manager proposes on a notify-only case', 'notifyOnly', propose(petya, T), NOTIFY_ONLY],
  ['a deadline on a notify-only case', 'notifyOnly', deadlineSet(petya, T, T + HOUR), NO_DEADLINE],
  ['a manager escalates a notify-only case', 'notifyOnly', escalate(petya, T), null],
  ['a lead decides a notify-only case', 'notifyOnly', decide(leadO2, T), null],
  // Negotiate: the managers negotiate against the rule's deadline.
  ['a manager proposes in time', 'negotiate', propose(petya, T), null],
  [
    'a manager proposes after the rule’s deadline',
    'negotiate',
    propose(petya, DETECTED + 48 * HOUR),
    'The case has been escalated; the leads decide now.',
  ],
  ['a lead moves the rule’s deadline', 'negotiate', deadlineSet(leadO2, T, DETECTED + 72 * HOUR), null],
];

describe('the recommendation shapes how a case starts', () => {
  it.each(rows)('%s', (_name, which, event, reason) => {
    const parties = cases[which];
    const start = initialCaseState(parties);
    const state = withDeadline(start, event.at).state;
    expect(checkStep(state, parties, event)).toEqual(reason === null ? { ok: true } : { ok: false, reason });
    const after = foldCaseEvents(parties, [event]);
    if (reason === null) expect(after.history.at(-1)).toEqual(event);
    else expect(after.rejected).toEqual([{ event, reason }]);
  });

  it('a rule that keeps the client with the owner settles the case with 100/0 terms', () => {
    const s = initialCaseState(cases.stayWithOwner);
    expect(s.phase).toBe('ruled');
    expect(s.ruled).toEqual({
      kind: 'rule',
      terms: {
        keeper: 'owner',
        firstOrderSplit: { owner: 100, newcomer: 0 },
        laterOrdersSplit: null,
        leadsCompensation: null,
        disputedDeals: [],
        note: 'Rule 2 — because.',
      },
      at: DETECTED,
      by: null,
      eventId: 'case1:rule',
      explanation: 'Rule 2 — because.',
    });
    expect(termsInForce(s)).toBe(s.ruled);
  });

  it('moving to the newcomer and splitting the first order become terms too', () => {
    expect(initialCaseState(cases.moveToNewcomer).ruled?.terms).toMatchObject({
      keeper: 'newcomer',
      firstOrderSplit: { owner: 0, newcomer: 100 },
    });
    expect(initialCaseState(cases.split7030).ruled?.terms).toMatchObject({
      keeper: 'owner',
      firstOrderSplit: { owner: 70, newcomer: 30 },
    });
    expect(ruleTerms(ruling({ type: 'negotiate', deadlineHours: 1 }))).toBeNull();
  });

  it('an escalated ruled case keeps the rule in force until the lead decides', () => {
    const escalated = foldCaseEvents(cases.moveToNewcomer, [escalate(petya, T)]);
    expect(escalated.phase).toBe('escalated');
    expect(termsInForce(escalated)?.kind).toBe('rule');
    const decided = foldCaseEvents(cases.moveToNewcomer, [escalate(petya, T), decide(leadO2, T + 10)]);
    expect(decided.phase).toBe('decided');
    expect(termsInForce(decided)).toMatchObject({ kind: 'decision', terms: TERMS });
    expect(decided.ruled?.kind).toBe('rule');
  });

  it('a split that is not valid terms is not applied: a lead decides', () => {
    const s = initialCaseState(caseWith(ruling({ type: 'splitFirstOrder', owner: 70, newcomer: 40 })));
    expect(s.phase).toBe('escalated');
    expect(s.ruled).toBeNull();
    expect(s.escalation).toEqual({
      at: DETECTED,
      by: null,
      reason: 'The recommended outcome is not valid terms, so a lead decides.',
    });
  });

  it('"the lead decides" starts escalated, with the rule as the reason', () => {
    expect(initialCaseState(cases.leadDecides)).toMatchObject({
      phase: 'escalated',
      recommendedOutcome: 'leadDecides',
      escalation: { at: DETECTED, by: null, reason: "Rule 4 — 'Inside an office the lead decides': same office." },
    });
  });

  it('"negotiate" sets the deadline from the moment the case opened; a deadlineSet step overrides it', () => {
    expect(initialCaseState(cases.negotiate).deadline).toBe(DETECTED + 48 * HOUR);
    expect(initialCaseState(caseWith(ruling({ type: 'negotiate' }))).deadline).toBeNull();
    const moved = foldCaseEvents(cases.negotiate, [
      deadlineSet(petya, T, DETECTED + 72 * HOUR),
      propose(petya, DETECTED + 50 * HOUR),
    ]);
    expect(moved.phase).toBe('negotiating');
    expect(moved.deadline).toBe(DETECTED + 72 * HOUR);
    const late = foldCaseEvents(cases.negotiate, [propose(petya, T), accept(masha, DETECTED + 49 * HOUR, 'x')]);
    expect(late.phase).toBe('escalated');
    expect(late.history.map((h) => h.type)).toEqual(['propose', 'deadlinePassed']);
  });

  it('without a recommendation (the office found the case offline) the managers may negotiate freely', () => {
    const s = initialCaseState(caseWith());
    expect(s).toMatchObject({ phase: 'open', recommendedOutcome: null, deadline: null, ruled: null });
  });

  it('a case document is the workflow’s parties', () => {
    const doc = {
      ...caseWith(cases.stayWithOwner.recommendation),
      officeIds: ['o1', 'o2'],
      matched: [],
      detectedAt: DETECTED,
      detectedWhere: 'endpoint',
      causedBy: 'masha',
      status: 'open',
      updatedAt: 1,
    } as CaseDoc;
    const parties: CaseParties = doc;
    expect(initialCaseState(parties).phase).toBe('ruled');
  });
});

describe('a company notice', () => {
  const notice: CaseParties = { ...caseWith(ruling({ type: 'moveToNewcomer' })), kind: 'company' };

  it('starts with nothing to resolve and no terms, whatever the recommendation said', () => {
    const state = initialCaseState(notice);
    expect(state.phase).toBe('open');
    expect(state.recommendedOutcome).toBe('notifyOnly');
    expect(termsInForce(state)).toBeNull();
  });

  it('offers no negotiation, escalation or decision, so nobody is handed over', () => {
    const state = initialCaseState(notice);
    for (const event of [
      propose(masha, DETECTED + 1),
      { ...base(petya, DETECTED + 1), type: 'escalate', reason: 'mine' } as CaseEvent,
      { ...base(leadO2, DETECTED + 1), type: 'decide', terms: { ...TERMS, keeper: 'newcomer' } } as CaseEvent,
    ])
      expect(checkStep(state, notice, event).ok).toBe(false);
    const folded = foldCaseEvents(notice, [
      { ...base(leadO2, DETECTED + 1), type: 'decide', terms: { ...TERMS, keeper: 'newcomer' } },
    ]);
    expect(termsInForce(folded)).toBeNull();
  });

  it('a superseded case carries no terms either: a rule’s handover on it is undone', () => {
    const superseded: CaseParties = { ...caseWith(ruling({ type: 'moveToNewcomer' })), status: 'superseded' };
    expect(termsInForce(initialCaseState(superseded))).toBeNull();
    expect(termsInForce(initialCaseState(caseWith(ruling({ type: 'moveToNewcomer' }))))).not.toBeNull();
  });
});
