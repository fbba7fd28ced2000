// What the office core offers for resolving cases and recording deals: the contract between
// the office core (shared/office/resolution, shared/office/deals) and the UI.
import type { CaseDoc, CaseEventDoc, DealEdition } from '../../db';
import type { FoldedDeal } from '../../deals/foldDealEditions';
import type { RegulationsVersion, Recommendation } from '../../regulations';
import type { CaseState, Side, Terms } from '../../workflow';
import type { Observable } from 'rxjs';
import type { Result } from '../result';

/** The steps this workstation's user may take now; each false comes with the workflow's reason. */
export interface AllowedSteps {
  propose: StepPermission;
  counter: StepPermission;
  accept: StepPermission;
  escalate: StepPermission;
  decide: StepPermission;
  leadHandover: StepPermission;
}

export type StepPermission = { ok: true } | { ok: false; reason: string };

/** Everything a case screen shows, recomputed whenever the case or one of its steps changes. */
export interface CaseView {
  caseDoc: CaseDoc;
  events: CaseEventDoc[];
  state: CaseState;
  /** This user's side, or null for a lead or admin looking on. */
  mySide: Side | null;
  allowed: AllowedSteps;
  /**
   * The endpoint's recommendation when it has evaluated the case; until then one computed here
   * from what this office knows (`provisional: true`).
   */
  recommendation: { provisional: boolean; value: Recommendation | CaseDoc['recommendation'] } | null;
  /** Steps this office wrote that the endpoint has not accepted yet. */
  pendingEventIds: string[];
}

/** A deal as the client page and reports show it: its latest edition plus its history. */
export interface DealView extends FoldedDeal {
  /** The split that governs this deal, from an agreed or decided case on this client. */
  split: {
    caseId: string;
    shares: Array<{ managerId: string; managerName: string; pct: number }>;
    reason: 'first-order' | 'later-order' | 'disputed-deal';
  } | null;
}

/** What the deal form sends; amounts as typed ("120 000,50"), parsed with shared/payouts parseAmount. */
export interface DealInput {
  clientId: string;
  title: string;
  travelStart: string;
  travelEnd: string;
  currency: string;
  amount: string;
  margin: string;
  status: DealEdition['status'];
}

export interface ResolutionApi {
  caseView$(caseId: string): Observable<CaseView | null>;
  propose(caseId: string, terms: Terms): Promise<Result<CaseEventDoc>>;
  counter(caseId: string, terms: Terms): Promise<Result<CaseEventDoc>>;
  accept(caseId: string, proposalId: string): Promise<Result<CaseEventDoc>>;
  escalate(caseId: string, reason: string): Promise<Result<CaseEventDoc>>;
  decide(caseId: string, terms: Terms): Promise<Result<CaseEventDoc>>;
  /** The debtor hands a lead over to settle one owed by the case's agreement. */
  recordLeadHandover(caseId: string, note: string): Promise<Result<CaseEventDoc>>;
  saveDeal(input: DealInput, dealId?: string): Promise<Result<DealView>>;
  /** The client's deals with those of the records merged into it, newest first. Live. */
  deals$(clientId: string): Observable<DealView[]>;
  /** The regulations in force as last fetched from the endpoint (the shipped defaults until then). */
  regulations(): RegulationsVersion;
  /** Remembers the endpoint's current version (survives restarts; used for provisional recommendations offline). */
  cacheRegulations(version: RegulationsVersion): Promise<void>;
}
