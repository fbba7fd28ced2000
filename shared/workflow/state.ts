import type { CaseParty } from '../cases/detectedCase';
import type { CaseRecommendation } from '../db/schemas/case';
import type { ResolutionKind } from '../payouts';
import type { Actor, CaseEvent } from './events';
import type { Side, Terms } from './terms';

/** What the workflow reads of the regulations' recommendation (CaseDoc.recommendation satisfies it). */
export type CaseRuling = Pick<CaseRecommendation, 'outcome' | 'explanation'>;

export type RecommendedOutcome = CaseRuling['outcome']['type'];

/** What the workflow needs of a case document (CaseDoc satisfies it). */
export interface CaseParties {
  id: string;
  owner: CaseParty;
  newcomer: CaseParty;
  /** The endpoint's recommendation, evaluated once when it opened the case; shapes how the case starts. */
  recommendation?: CaseRuling;
  /** When the case was opened: the rule's resolution and a negotiation deadline count from it. */
  detectedAt?: number;
  /** 'company': a company notice, which nobody negotiates and which moves no one. */
  kind?: 'company';
  /** 'superseded': replaced by a company notice; nothing applies on it any more. */
  status?: 'open' | 'superseded';
  /** What the two clients were matched by (the case document's `matched`). */
  matched?: ReadonlyArray<{ kind: string }>;
}

/**
 * Whether anything can be resolved on the case: a company notice and a superseded case only
 * inform. Their state never carries terms, so no client is handed over by them.
 */
export function isResolvable(parties: Pick<CaseParties, 'kind' | 'status'>): boolean {
  return parties.kind !== 'company' && parties.status !== 'superseded';
}

/** ruled: the regulations settled the case by themselves; either manager may still escalate it. */
export type CasePhase = 'open' | 'negotiating' | 'agreed' | 'escalated' | 'decided' | 'ruled';

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
  /** null when the deadline or the regulations escalated the case, not a person. */
  by: Actor | null;
  reason: string;
}

export interface Resolution {
  kind: ResolutionKind;
  terms: Terms;
  at: number;
  /** The agreement's accepting party, or the deciding lead/admin; null when the regulations resolved it. */
  by: Actor | null;
  /** The accept or decide step; `<caseId>:rule` for the regulations' resolution. */
  eventId: string;
  /** Only for kind 'rule': which rule, in words. */
  explanation?: string;
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
  /** The regulations' resolution; stays in force through an escalation until a lead decides otherwise. */
  ruled: Resolution | null;
  /** What the regulations recommended when the case opened; null before the endpoint evaluated it. */
  recommendedOutcome: RecommendedOutcome | null;
  deadline: number | null;
  escalation: Escalation | null;
  /** Leads handed over so far against the final terms' compensation. */
  leadsHandedOver: number;
  /** Events the fold skipped, with why: shown in the audit trail, never applied. */
  rejected: RejectedEvent[];
  /** Set when a sibling case (same client, same two managers) settled this one: see siblingSettlement.ts. */
  settledWith?: { caseId: string; eventId: string };
}

/** agreed and decided are final: nothing but lead handovers is applied after them. */
export function isFinal(phase: CasePhase): boolean {
  return phase === 'agreed' || phase === 'decided';
}

/**
 * The terms that apply now: a decision over an agreement over the regulations' resolution.
 * A ruled case that was escalated keeps the rule's terms until the lead decides.
 */
export function termsInForce(state: Pick<CaseState, 'agreed' | 'decided' | 'ruled'>): Resolution | null {
  return state.decided ?? state.agreed ?? state.ruled;
}

/** Which side a user is on in this case, or null when they are not a party. */
export function sideOf(parties: CaseParties, userId: string): Side | null {
  if (parties.owner.managerId === userId) return 'owner';
  if (parties.newcomer.managerId === userId) return 'newcomer';
  return null;
}
