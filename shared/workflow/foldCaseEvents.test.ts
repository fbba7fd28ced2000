import { describe, expect, it } from 'vitest';
import { checkStep } from './checkStep';
import { withDeadline } from './deadline';
import type { Actor, CaseEvent } from './events';
import { foldCaseEvents } from './foldCaseEvents';
import type { CaseParties, CaseState } from './state';
import type { Terms } from './terms';

// "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya."
const PETYA_TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
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
const CASE: CaseParties = {
  id: 'case1',
  owner: party('petya', 'Petya', 'o1'),
  newcomer: party('masha', 'Masha', 'o2'),
};

const petya: Actor = { userId: 'petya', role: 'manager', officeId: 'o1' };
const masha: Actor = { userId: 'masha', role: 'manager', officeId: 'o2' };
const colleague: Actor = { userId: 'vasya', role: 'manager', officeId: 'o1' };
const leadO1: Actor = { userId: 'lead1', role: 'lead', officeId: 'o1' };
const leadO2: Actor = { userId: 'lead2', role: 'lead', officeId: 'o2' };
const leadO3: Actor = { userId: 'lead3', role: 'lead', officeId: 'o3' };
const admin: Actor = { userId: 'root', role: 'admin', officeId: 'hq' };

const COUNTER_TERMS = {
  ...PETYA_TERMS,
  firstOrderSplit: { owner: 50, newcomer: 50 },
  leadsCompensation: { from: 'owner' as const, count: 2 },
};

let n = 0;
const base = (by: Actor, at: number, id?: string) => ({
  id: id ?? `e${String(++n).padStart(3, '0')}`,
  caseId: 'case1',
  at,
  by,
});
const propose = (by: Actor, at: number, id?: string, terms = PETYA_TERMS): CaseEvent => ({
  ...base(by, at, id),
  type: 'propose',
  terms,
});
const counter = (by: Actor, at: number, id?: string, terms = COUNTER_TERMS): CaseEvent => ({
  ...base(by, at, id),
  type: 'counter',
  terms,
});
const accept = (by: Actor, at: number, proposalId: string): CaseEvent => ({
  ...base(by, at),
  type: 'accept',
  proposalId,
});
const escalate = (by: Actor, at: number, reason = 'We cannot agree.'): CaseEvent => ({
  ...base(by, at),
  type: 'escalate',
  reason,
});
const decide = (by: Actor, at: number, terms = PETYA_TERMS): CaseEvent => ({ ...base(by, at), type: 'decide', terms });
const deadlineSet = (by: Actor, at: number, deadline: number): CaseEvent => ({
  ...base(by, at),
  type: 'deadlineSet',
  deadline,
});
const handover = (by: Actor, at: number, note = 'Sidorov, Antalya request'): CaseEvent => ({
  ...base(by, at),
  type: 'leadHandover',
  note,
});
const NO_LEADS: Terms = { ...PETYA_TERMS, leadsCompensation: null };
const MASHA_OWES: Terms = { ...PETYA_TERMS, leadsCompensation: { from: 'newcomer', count: 1 } };

const fold = (...events: CaseEvent[]) => foldCaseEvents(CASE, events);

// The states a step can be tried in. Times are small numbers; every step below happens at t=100.
const states: Record<string, () => CaseState> = {
  open: () => fold(),
  negotiatingByPetya: () => fold(propose(petya, 10, 'p1')),
  escalated: () => fold(propose(petya, 10, 'p1'), escalate(masha, 20)),
  agreed: () => fold(propose(petya, 10, 'p1'), accept(masha, 20, 'p1')),
  decided: () => fold(escalate(masha, 10), decide(leadO1, 20)),
  // Petya owes Masha 3 leads by the agreement; two are handed over already.
  agreedTwoHandedOver: () =>
    fold(propose(petya, 10, 'p1'), accept(masha, 20, 'p1'), handover(petya, 30), handover(petya, 40)),
  agreedAllHandedOver: () =>
    fold(
      propose(petya, 10, 'p1'),
      accept(masha, 20, 'p1'),
      handover(petya, 30),
      handover(petya, 40),
      handover(petya, 50),
    ),
  agreedNoLeads: () => fold(propose(petya, 10, 'p1', NO_LEADS), accept(masha, 20, 'p1')),
  decidedMashaOwes: () => fold(escalate(masha, 10), decide(leadO1, 20, MASHA_OWES)),
};

type Row = [string, keyof typeof states, CaseEvent, string | null];
const rows: Row[] = [
  // propose
  ['owner proposes', 'open', propose(petya, 100), null],
  ['newcomer proposes', 'open', propose(masha, 100), null],
  [
    'a non-party manager proposes',
    'open',
    propose(colleague, 100),
    'Only the two managers of this case can negotiate.',
  ],
  ['a lead proposes', 'open', propose(leadO1, 100), 'Only the two managers of this case can negotiate.'],
  ['a party proposes over a pending proposal', 'negotiatingByPetya', propose(masha, 100), null],
  [
    'a party proposes with bad terms',
    'open',
    propose(petya, 100, undefined, { ...PETYA_TERMS, firstOrderSplit: { owner: 70, newcomer: 40 } }),
    'The terms are not valid: The split of the first order must add up to 100%; it adds up to 110%.',
  ],
  [
    'a party proposes after escalation',
    'escalated',
    propose(petya, 100),
    'The case has been escalated; the leads decide now.',
  ],
  [
    'a party proposes after agreement',
    'agreed',
    propose(petya, 100),
    'The managers have already agreed; the case is closed.',
  ],
  [
    'a party proposes after decision',
    'decided',
    propose(petya, 100),
    'The case has been decided; the decision is final.',
  ],
  // counter
  ['the other party counters', 'negotiatingByPetya', counter(masha, 100), null],
  [
    'the proposer counters themself',
    'negotiatingByPetya',
    counter(petya, 100),
    'You cannot counter your own proposal; make a new proposal instead.',
  ],
  [
    'counter with nothing on the table',
    'open',
    counter(masha, 100),
    'There is no proposal to counter; make a proposal instead.',
  ],
  ['a lead counters', 'negotiatingByPetya', counter(leadO2, 100), 'Only the two managers of this case can negotiate.'],
  // accept
  ['the other party accepts the current proposal', 'negotiatingByPetya', accept(masha, 100, 'p1'), null],
  [
    'the proposer accepts their own proposal',
    'negotiatingByPetya',
    accept(petya, 100, 'p1'),
    'You cannot accept your own proposal; the other manager has to.',
  ],
  [
    'accept names an old proposal',
    'negotiatingByPetya',
    accept(masha, 100, 'p0'),
    'These terms have been replaced by newer ones; read the current proposal first.',
  ],
  ['accept with nothing on the table', 'open', accept(masha, 100, 'p1'), 'There is no proposal to accept.'],
  [
    'a lead accepts',
    'negotiatingByPetya',
    accept(leadO2, 100, 'p1'),
    'Only the two managers of this case can negotiate.',
  ],
  ['accept after a decision', 'decided', accept(masha, 100, 'p1'), 'The case has been decided; the decision is final.'],
  // escalate
  ['owner escalates an open case', 'open', escalate(petya, 100), null],
  ['newcomer escalates during negotiation', 'negotiatingByPetya', escalate(masha, 100), null],
  ['escalate without a reason', 'open', escalate(petya, 100, '  '), 'Say why you escalate the case.'],
  ['escalate twice', 'escalated', escalate(petya, 100), 'The case is already escalated.'],
  ['a lead escalates', 'open', escalate(leadO1, 100), 'Only the two managers of this case can escalate it.'],
  ['escalate after agreement', 'agreed', escalate(petya, 100), 'The managers have already agreed; the case is closed.'],
  ['escalate after decision', 'decided', escalate(petya, 100), 'The case has been decided; the decision is final.'],
  // decide
  ["the owner's lead decides an escalated case", 'escalated', decide(leadO1, 100), null],
  ["the newcomer's lead decides", 'escalated', decide(leadO2, 100), null],
  ['an admin decides', 'escalated', decide(admin, 100), null],
  ['a lead decides before escalation (rule: the lead decides)', 'open', decide(leadO1, 100), null],
  [
    'a lead of an uninvolved office decides',
    'escalated',
    decide(leadO3, 100),
    'Only a lead of an office involved in the case, or an admin, can decide it.',
  ],
  [
    'a party decides',
    'escalated',
    decide(petya, 100),
    'Only a lead of an office involved in the case, or an admin, can decide it.',
  ],
  [
    'a lead decides with bad terms',
    'escalated',
    decide(leadO1, 100, { ...PETYA_TERMS, keeper: 'both' as never }),
    'The terms are not valid: Choose who keeps the client: the owner or the newcomer.',
  ],
  ['a second decision', 'decided', decide(leadO2, 100), 'The case has been decided; the decision is final.'],
  [
    'a decision after agreement',
    'agreed',
    decide(leadO1, 100),
    'The managers have already agreed; the case is closed.',
  ],
  // deadlineSet
  ['a party sets the deadline from the regulations', 'open', deadlineSet(petya, 100, 200), null],
  ['a lead sets the deadline', 'negotiatingByPetya', deadlineSet(leadO2, 100, 200), null],
  [
    'an outsider sets the deadline',
    'open',
    deadlineSet(colleague, 100, 200),
    'Only someone involved in the case can set its deadline.',
  ],
  [
    'a deadline in the past',
    'open',
    deadlineSet(petya, 100, 50),
    'The deadline must be a valid time after the moment it is set.',
  ],
  [
    'a deadline on an escalated case',
    'escalated',
    deadlineSet(petya, 100, 200),
    'The case is already escalated; a deadline no longer applies.',
  ],
  // leadHandover
  ['the debtor hands over a lead after the agreement', 'agreed', handover(petya, 100), null],
  ['the debtor hands over the last lead owed', 'agreedTwoHandedOver', handover(petya, 100), null],
  ['the debtor hands over a lead owed by a decision', 'decidedMashaOwes', handover(masha, 100), null],
  [
    'the creditor records a handover',
    'agreed',
    handover(masha, 100),
    'Only Petya, who owes the leads, can record handing one over.',
  ],
  [
    'a lead records a handover',
    'agreed',
    handover(leadO1, 100),
    'Only Petya, who owes the leads, can record handing one over.',
  ],
  [
    'the other manager records a handover owed by a decision',
    'decidedMashaOwes',
    handover(petya, 100),
    'Only Masha, who owes the leads, can record handing one over.',
  ],
  [
    'a handover beyond what is owed',
    'agreedAllHandedOver',
    handover(petya, 100),
    'All 3 leads owed have already been handed over.',
  ],
  ['a handover when the terms owe no leads', 'agreedNoLeads', handover(petya, 100), 'The final terms owe no leads.'],
  [
    'a handover while still negotiating',
    'negotiatingByPetya',
    handover(petya, 100),
    'Leads are handed over once the case is agreed or decided.',
  ],
  [
    'a handover on an open case',
    'open',
    handover(petya, 100),
    'Leads are handed over once the case is agreed or decided.',
  ],
  [
    'a handover on an escalated case',
    'escalated',
    handover(petya, 100),
    'Leads are handed over once the case is agreed or decided.',
  ],
  ['a handover without saying which lead', 'agreed', handover(petya, 100, ' '), 'Say which lead you handed over.'],
  [
    'a handover with a note that is too long',
    'agreed',
    handover(petya, 100, 'x'.repeat(2001)),
    'The note is too long: at most 2000 characters.',
  ],
  // any
  ['a step of another case', 'open', { ...propose(petya, 100), caseId: 'other' }, 'This step belongs to another case.'],
];

describe('checkStep and the fold, every transition', () => {
  it.each(rows)('%s', (_name, stateName, event, reason) => {
    const state = states[stateName]!();
    const check = checkStep(state, CASE, event);
    expect(check).toEqual(reason === null ? { ok: true } : { ok: false, reason });
    const after = foldCaseEvents(CASE, [
      ...state.history.filter((h): h is CaseEvent => h.type !== 'deadlinePassed'),
      event,
    ]);
    if (reason === null) {
      expect(after.history.at(-1)).toEqual(event);
    } else {
      // A refused step changes nothing but is reported.
      expect({ ...after, rejected: [] }).toEqual({ ...state, rejected: [] });
      expect(after.rejected.at(-1)).toEqual({ event, reason });
    }
  });

  it('moves through the phases', () => {
    expect(states.open!().phase).toBe('open');
    expect(states.negotiatingByPetya!().phase).toBe('negotiating');
    expect(states.escalated!().phase).toBe('escalated');
    expect(states.agreed!().phase).toBe('agreed');
    expect(states.decided!().phase).toBe('decided');
  });
});

describe('negotiation', () => {
  it('accept after a counter agrees on the counter’s terms', () => {
    const s = fold(propose(petya, 10, 'p1'), counter(masha, 20, 'c1'), accept(petya, 30, 'c1'));
    expect(s.phase).toBe('agreed');
    expect(s.agreed).toMatchObject({ terms: COUNTER_TERMS, at: 30, by: petya });
    expect(s.history.map((h) => h.type)).toEqual(['propose', 'counter', 'accept']);
  });

  it('the users’ example can be proposed and accepted', () => {
    const s = fold(propose(petya, 10, 'p1'), accept(masha, 20, 'p1'));
    expect(s.agreed?.terms).toEqual(PETYA_TERMS);
  });

  it('orders two offline proposals deterministically and keeps both in the history', () => {
    const a = propose(petya, 50, 'aaa');
    const b = propose(masha, 50, 'bbb', COUNTER_TERMS);
    const one = fold(a, b);
    const two = fold(b, a);
    expect(one).toEqual(two);
    expect(one.history.map((h) => h.id)).toEqual(['aaa', 'bbb']);
    expect(one.currentProposal).toMatchObject({ id: 'bbb', side: 'newcomer', terms: COUNTER_TERMS });
    expect(one.rejected).toEqual([]);
  });

  it('an offline accept of terms that were replaced meanwhile is refused, not applied to the new terms', () => {
    const s = fold(propose(petya, 10, 'p1'), propose(petya, 20, 'p2'), accept(masha, 30, 'p1'));
    expect(s.phase).toBe('negotiating');
    expect(s.currentProposal?.id).toBe('p2');
    expect(s.rejected.map((r) => r.reason)).toEqual([
      'These terms have been replaced by newer ones; read the current proposal first.',
    ]);
  });

  it('the same event delivered twice is applied once', () => {
    const p = propose(petya, 10, 'p1');
    const s = fold(p, p);
    expect(s.history).toHaveLength(1);
    expect(s.rejected.map((r) => r.reason)).toEqual(['This step is already recorded.']);
  });
});

describe('lead handovers', () => {
  it('count against the final terms and change nothing else', () => {
    const s = states.agreedTwoHandedOver!();
    expect(s.leadsHandedOver).toBe(2);
    expect(s.phase).toBe('agreed');
    expect(s.agreed).toMatchObject({ kind: 'agreement', terms: PETYA_TERMS, by: masha, at: 20 });
  });

  it('a handover that arrives ordered before the agreement is refused and not counted', () => {
    const s = fold(propose(petya, 10, 'p1'), handover(petya, 15), accept(masha, 20, 'p1'));
    expect(s.leadsHandedOver).toBe(0);
    expect(s.rejected.map((r) => r.reason)).toEqual(['Leads are handed over once the case is agreed or decided.']);
  });
});

describe('decision finality', () => {
  it('nothing is applied after a decision, whatever the arrival order', () => {
    const events = [
      escalate(masha, 10),
      decide(leadO1, 20),
      decide(leadO2, 30),
      propose(petya, 40),
      accept(masha, 50, 'x'),
      escalate(petya, 60),
    ];
    const s = fold(...events);
    const reversed = fold(...[...events].reverse());
    expect(s).toEqual(reversed);
    expect(s.phase).toBe('decided');
    expect(s.decided).toMatchObject({ by: leadO1, at: 20, terms: PETYA_TERMS });
    expect(s.rejected).toHaveLength(4);
  });

  it('of two concurrent decisions the earlier (at, id) wins', () => {
    const s = fold(decide(leadO2, 20, COUNTER_TERMS), decide(leadO1, 20));
    expect(s.decided?.terms).toEqual(COUNTER_TERMS);
  });
});

describe('deadline', () => {
  const withTerm = [deadlineSet(petya, 10, 1000), propose(petya, 20, 'p1')];

  it('escalates the case by itself once the deadline passes', () => {
    const s = fold(...withTerm);
    expect(withDeadline(s, 999).escalated).toBeNull();
    const { state, escalated } = withDeadline(s, 1500);
    expect(escalated).toEqual({ type: 'deadlinePassed', id: 'case1:deadline:1000', caseId: 'case1', at: 1000 });
    expect(state.phase).toBe('escalated');
    expect(state.escalation).toEqual({
      at: 1000,
      by: null,
      reason: 'The negotiation deadline passed without an agreement.',
    });
  });

  it('a late accept is refused, the case is escalated and a lead can still decide', () => {
    const s = fold(...withTerm, accept(masha, 1200, 'p1'), decide(leadO2, 1300));
    expect(s.rejected.map((r) => r.reason)).toEqual(['The case has been escalated; the leads decide now.']);
    expect(s.history.map((h) => h.type)).toEqual(['deadlineSet', 'propose', 'deadlinePassed', 'decide']);
    expect(s.phase).toBe('decided');
  });

  it('an accept in time wins over the deadline', () => {
    const s = fold(...withTerm, accept(masha, 999, 'p1'));
    expect(s.phase).toBe('agreed');
    expect(withDeadline(s, 5000).escalated).toBeNull();
  });

  it('a manual escalation before the deadline stops the clock', () => {
    const s = fold(...withTerm, escalate(masha, 500));
    expect(withDeadline(s, 5000).state).toBe(s);
  });
});
