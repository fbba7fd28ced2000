// Bodies of the endpoint's resolution API (regulations, evidence, reports): declared once here,
// used by the endpoint's routes and the app's client alike. Paths are in protocol.ts (API_PATHS).
import type { ActivityType, DealEdition } from '../db';
import type { CaseStats, PayoutReport } from '../payouts';
import type { RegulationsVersion, Rule } from '../regulations';

/** GET /regulations: the version in force (the shipped defaults as version 0 until a lead edits them) and the edit log. */
export interface RegulationsResponse {
  current: RegulationsVersion;
  history: Array<Pick<RegulationsVersion, 'version' | 'changedBy' | 'changedAt' | 'note'> & { ruleCount: number }>;
}

/** PUT /regulations. basedOnVersion guards against two leads editing at once (409 when stale). */
export interface RegulationsUpdate {
  rules: Rule[];
  note: string;
  basedOnVersion: number;
}

/** One thing a manager did with the case's client: what the lead weighs when deciding. */
export interface EvidenceEntry {
  id: string;
  type: ActivityType;
  at: number;
  authorName: string;
  note: string;
  deal?: DealEdition;
}

export interface EvidenceSide {
  clientId: string;
  clientLabel: string;
  managerName: string;
  officeName: string;
  since: number;
  /** Newest first. Deal editions included (type 'deal'). */
  activities: EvidenceEntry[];
  /** Each deal's latest edition. */
  deals: DealEdition[];
  firstActivityAt: number | null;
  lastActivityAt: number | null;
}

/** GET /cases/:id/evidence — the case's two clients only, never the rest of either office's base. */
export interface CaseEvidence {
  caseId: string;
  owner: EvidenceSide;
  newcomer: EvidenceSide;
  /** Who reached the client first, by the earliest of claim date and activity; null when even. */
  firstContact: 'owner' | 'newcomer' | null;
}

export interface PayoutReportResponse {
  report: PayoutReport;
  /** Display names for the ids in the report. */
  managers: Record<string, string>;
  offices: Record<string, string>;
}

export interface CaseStatsResponse {
  stats: CaseStats;
  offices: Record<string, string>;
}

/** GET /reports/payouts: the period (ISO dates) and how the payouts are grouped. */
export type PayoutReportQuery = {
  from: string;
  to: string;
  by: 'manager' | 'office';
};

/** GET /reports/payouts as CSV (`format=csv`). */
export type PayoutReportCsvQuery = PayoutReportQuery & { delimiter: ';' | ',' };

/** GET /reports/cases: the period (ISO dates). */
export type CaseReportQuery = {
  from: string;
  to: string;
};
