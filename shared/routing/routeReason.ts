// Why a request went where it went, as data: stored with the request and put into words in the
// reader's language (routeExplanation.ts), like the regulations' reasons.
import type { Route, RouteAssignee } from './requestTypes';

export type RouteReason =
  | { code: 'owner'; client: string; owner: string; office: string; since: number }
  | { code: 'household'; client: string; owner: string; office: string }
  | { code: 'repeat'; assignee: string; firstAt: number }
  | { code: 'freeDesk'; assignee: string }
  | { code: 'nobodyFree'; assignee: string }
  | { code: 'owedLead'; assignee: string; debtor: string; caseLabel: string; remaining: number }
  | { code: 'personal'; assignee: string; by: string; reason: string }
  | { code: 'ownerAway'; client: string; owner: string; office: string; assignee: string; to: 'lead' | 'colleague' }
  | { code: 'companyManager'; domain: string; assignee: string; office: string };

export interface RouteDecision {
  assignee: RouteAssignee;
  route: Route;
  reason: RouteReason;
  /** Whose free-desk turn the request used (the rotation moves on), or null when the desk was not asked. */
  deskTurnOf: string | null;
  /** The case whose owed leads this request pays one of. */
  owedCaseId: string | null;
}
