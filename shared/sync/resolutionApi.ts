// Bodies of the endpoint's resolution API (regulations, evidence, reports): declared once here,
// used by the endpoint's routes and the app's client alike. Paths are in protocol.ts (API_PATHS).
import type { ActivityType, DealEdition } from '../db';
import type { CaseStats, PayoutReport } from '../payouts';
import type { RegulationsVersion, Rule } from '../regulations';
import type { Side } from '../workflow';

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

/**
 * One thing a manager did with the case's client: what the lead weighs when deciding. A reader who
 * sees a side in outline gets its kind, date and author only: `note` when that side shared its notes,
 * and a deal's `dealStatus` instead of the edition (no title, amounts or margin).
 */
export interface EvidenceEntry {
  id: string;
  type: ActivityType;
  at: number;
  authorName: string;
  /** Absent when the reader may not read this side's notes. */
  note?: string;
  /** The deal edition in full; absent when the reader sees this side in outline. */
  deal?: DealEdition;
  /** A deal edition's status alone, for a reader who sees this side in outline. */
  dealStatus?: DealEdition['status'];
  /** With dealStatus: which deal, so terms can name it as disputed (an id, nothing of its content). */
  dealId?: string;
}

/**
 * How much of a side the reader sees: `full` (their own side; everything for a deciding lead or an
 * admin), `outline` (the other side's kinds, dates and authors), `withheld` (the other side of a
 * match by corporate domain alone: a colleague works with the same company, not the same person).
 */
export type EvidenceDetail = 'full' | 'outline' | 'withheld';

export interface EvidenceSide {
  clientId: string;
  clientLabel: string;
  managerName: string;
  officeName: string;
  since: number;
  detail: EvidenceDetail;
  /** This side's manager shared their notes on the case with the other side. */
  sharedNotes: boolean;
  /** Newest first. Deal editions included (type 'deal'). Empty when withheld. */
  activities: EvidenceEntry[];
  /** Each deal's latest edition; only when the side is seen in full. */
  deals: DealEdition[];
  firstActivityAt: number | null;
  lastActivityAt: number | null;
}

/** GET /cases/:id/evidence — the case's two clients only, never the rest of either office's base. */
export interface CaseEvidence {
  caseId: string;
  owner: EvidenceSide;
  newcomer: EvidenceSide;
  /** Who reached the client first, by the earliest of claim date and activity; null when even or withheld. */
  firstContact: Side | null;
  /** The sides the reader manages: they may share their notes on them (POST /cases/:id/share-notes). */
  readerSides: Side[];
}

/** POST /cases/:id/share-notes: the sides whose notes are now shared, with who shared them and when. */
export interface NotesShared {
  caseId: string;
  shared: Array<{ side: Side; sharedByName: string; sharedAt: number }>;
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
