import type { CaseParty } from '../cases/detectCases';
import type { Actor, CaseEvent } from './events';
import type { Side, Terms } from './terms';

/** What the workflow needs of a case document (CaseDoc satisfies it). */
export interface CaseParties {
  id: string;
  owner: CaseParty;
  newcomer: CaseParty;
}

export type CasePhase = 'open' | 'negotiating' | 'agreed' | 'escalated' | 'decided';

/** The terms on the table, waiting for the other party. */
export interface Proposal {
  id: string;
  terms: Terms;
  by: Actor;
  side: Side;
  at: number;
}

/** Not written by anyone: the moment the deadline passed, recorded so the history explains the escalation. */
export interface DeadlinePassed {
  type: 'deadlinePassed';
  id: string;
  caseId: string;
  at: number;
}

export type HistoryEntry = CaseEvent | DeadlinePassed;

export interface Escalation {
  at: number;
  /** null when the deadline escalated the case by itself. */
  by: Actor | null;
  reason: string;
}

export interface Resolution {
  terms: Terms;
  at: number;
  /** The agreement's accepting party, or the deciding lead/admin. */
  by: Actor;
  eventId: string;
}

export interface RejectedEvent {
  event: CaseEvent;
  reason: string;
}

export interface CaseState {
  caseId: string;
  phase: CasePhase;
  currentProposal: Proposal | null;
  /** Every applied event in (at, id) order, plus deadline escalations. */
  history: HistoryEntry[];
  agreed: Resolution | null;
  decided: Resolution | null;
  deadline: number | null;
  escalation: Escalation | null;
  /** Events the fold skipped, with why: shown in the audit trail, never applied. */
  rejected: RejectedEvent[];
}

export function initialCaseState(parties: CaseParties): CaseState {
  return { caseId: parties.id, phase: 'open', currentProposal: null, history: [], agreed: null, decided: null, deadline: null, escalation: null, rejected: [] };
}

/** agreed and decided are final: nothing is applied after them. */
export function isFinal(phase: CasePhase): boolean {
  return phase === 'agreed' || phase === 'decided';
}

/** Which side a user is on in this case, or null when they are not a party. */
export function sideOf(parties: CaseParties, userId: string): Side | null {
  if (parties.owner.managerId === userId) return 'owner';
  if (parties.newcomer.managerId === userId) return 'newcomer';
  return null;
}
