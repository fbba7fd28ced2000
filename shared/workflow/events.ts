import type { Terms } from './terms';

/** Who wrote an event, as the endpoint authenticated them (or the app believed them offline). */
export interface Actor {
  userId: string;
  role: 'manager' | 'lead' | 'admin';
  officeId: string;
}

/**
 * Common to every event. There is no sequence number: offices write events offline and
 * nobody could hand out the next number; (at, id) orders them the same way everywhere.
 */
interface EventBase {
  /** Unique (a UUID): the tie-breaker when two events carry the same time. */
  id: string;
  caseId: string;
  /** Epoch ms on the author's clock. */
  at: number;
  by: Actor;
}

export interface ProposeEvent extends EventBase {
  type: 'propose';
  terms: Terms;
}

/** Like a proposal, but answers the other party's current one: the history reads as a dialogue. */
export interface CounterEvent extends EventBase {
  type: 'counter';
  terms: Terms;
}

/** Names the proposal, so an accept can never land on terms that changed while its author was offline. */
export interface AcceptEvent extends EventBase {
  type: 'accept';
  proposalId: string;
}

export interface EscalateEvent extends EventBase {
  type: 'escalate';
  reason: string;
}

/** A lead's or an admin's final terms. */
export interface DecideEvent extends EventBase {
  type: 'decide';
  terms: Terms;
}

/** The negotiation deadline the regulations gave this case (epoch ms). */
export interface DeadlineSetEvent extends EventBase {
  type: 'deadlineSet';
  deadline: number;
}

/** After an agreement owing leads: the debtor handed one over, settling one (see shared/payouts leadBalance). */
export interface LeadHandoverEvent extends EventBase {
  type: 'leadHandover';
  note: string;
}

/**
 * Written only by the endpoint, in the transaction that made a sibling case (one sharing a client
 * with this one) final: the rules are in siblingSettlement.ts. `by` is whoever made the sibling final.
 */
export interface SiblingSettledEvent extends EventBase {
  type: 'siblingSettled';
  sibling: SiblingOutcome;
  /** 'settles': the sibling's terms seen from this case's sides; null when it only informs. */
  terms: Terms | null;
}

/** What a sibling case settled about the client the two cases share. */
export interface SiblingOutcome {
  caseId: string;
  /** The sibling's accept or decide step. */
  eventId: string;
  /** How the sibling became final: this case closes the same way (agreed or decided). */
  kind: 'agreement' | 'decision';
  /** 'settles': the same two managers, so this case closes too; 'informs': another manager, nothing is decided. */
  effect: 'settles' | 'informs';
  /** The client both cases are about. */
  clientId: string;
  clientLabel: string;
  /** The sibling's other client (the one this case does not share), so people can tell the case apart. */
  otherClientLabel: string;
  /** Who keeps that client under the sibling's terms. */
  keeperId: string;
  keeperName: string;
}

/** Immutable facts, append-only: a case's state is always recomputed from them. */
export type CaseEvent =
  | ProposeEvent
  | CounterEvent
  | AcceptEvent
  | EscalateEvent
  | DecideEvent
  | DeadlineSetEvent
  | LeadHandoverEvent
  | SiblingSettledEvent;

export type CaseEventType = CaseEvent['type'];

/** The one order every office and the endpoint agree on, whatever order the events arrived in. */
export function compareEvents(a: Pick<CaseEvent, 'at' | 'id'>, b: Pick<CaseEvent, 'at' | 'id'>): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
