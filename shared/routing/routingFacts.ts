// What the routing function is given: everything it may look at, gathered by the endpoint (or,
// offline, by the office from its own base) before the one decision is made.
import type { DeskStatus, RouteAssignee } from './requestTypes';

export interface DeskPerson extends RouteAssignee {
  officeName: string;
  role: 'manager' | 'lead' | 'admin';
  status: DeskStatus;
}

/** The client the request's phone or e-mail belongs to: the earliest holder across the agency. */
export interface ClientHolder {
  clientLabel: string;
  ownerId: string;
  ownerName: string;
  officeId: string;
  officeName: string;
  since: number;
  /**
   * When that client is a member of a household but not its first member (a spouse, a child):
   * the first member, whose manager serves the family.
   */
  householdHead: {
    clientLabel: string;
    ownerId: string;
    ownerName: string;
    officeId: string;
    officeName: string;
  } | null;
}

/** The same person's earlier request (same phone or e-mail) when no client holds the contact yet. */
export interface EarlierRequest {
  assigneeId: string;
  assigneeName: string;
  receivedAt: number;
}

/** A manager already working with the company behind a corporate e-mail domain. */
export interface CompanyHolder {
  domain: string;
  ownerId: string;
  ownerName: string;
  officeName: string;
}

/** Leads still owed under a case's final terms, oldest agreement first. */
export interface OwedLeads {
  caseId: string;
  caseLabel: string;
  debtorId: string;
  creditorId: string;
  remaining: number;
}

/** A manager's place in the free desk's rotation: turns taken today, and when the last one was. */
export interface DeskTurns {
  turnsToday: number;
  lastTurnAt: number;
}

/** What the agency's regulations say about routing. */
export interface RoutingRules {
  /** When the client's owner is away (or has left): their office's lead, a colleague by rotation, or the owner anyway. */
  ownerAway: 'lead' | 'colleague' | 'owner';
  /** A new contact at a company someone already serves: that manager, or the free desk like any new client. */
  companyContacts: 'companyManager' | 'freeDesk';
}

export const DEFAULT_ROUTING_RULES: RoutingRules = { ownerAway: 'lead', companyContacts: 'freeDesk' };

export interface PersonalAssignment {
  userId: string;
  byName: string;
  reason: string;
}

export interface RoutingFacts {
  receivingOfficeId: string;
  personal: PersonalAssignment | null;
  holder: ClientHolder | null;
  earlier: EarlierRequest | null;
  company: CompanyHolder | null;
  /** Every active person of the offices involved (the receiving one and the holder's), by id. */
  people: ReadonlyMap<string, DeskPerson>;
  /** Rotation state by user id; a manager missing here has had no turn today. */
  turns: ReadonlyMap<string, DeskTurns>;
  owed: readonly OwedLeads[];
  rules: RoutingRules;
}
