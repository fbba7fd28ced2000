// One side of a case as the endpoint knows it — the client's record and the activities its office
// logged on it — and the same side as the regulations read it (shared/regulations SideFacts).
import type { CaseParty } from '../../../shared/cases/detectedCase';
import { foldDealEditions, type FoldedDeal } from '../../../shared/deals';
import type { ActivityDoc } from '../../../shared/db/schemas/activity';
import type { SideFacts } from '../../../shared/regulations/caseContext';

export interface SideRecord {
  party: CaseParty;
  /** The client's lastActivityAt as stored at the endpoint; null when the record is not there (deleted). */
  clientLastActivityAt: number | null;
  /** Live activities of this client written by the client's own office. */
  activities: readonly ActivityDoc[];
}

/** The deals on this side's client, each at its latest edition (the client is the side's, so are its deals). */
export function dealsOfSide(side: SideRecord): FoldedDeal[] {
  return foldDealEditions(side.activities);
}

/** The endpoint sees both clients' activities, so every fact is known (unlike in an office). */
export function sideFactsOf(side: SideRecord): SideFacts {
  return {
    since: side.party.since,
    ...(side.clientLastActivityAt !== null ? { claimLastActivityAt: side.clientLastActivityAt } : {}),
    activityDates: side.activities.map((a) => a.at),
    deals: dealsOfSide(side).map((d) => d.current),
  };
}
