// The vocabulary of incoming requests: how they come in, the states a manager's desk can be in,
// and the routes a request can take. One home for these names: the endpoint, the office and the
// intake API all speak them.

export const REQUEST_CHANNELS = ['call', 'site', 'messenger', 'email', 'walk-in'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** new → in work → converted into a deal, or lost (with a reason). */
export const REQUEST_STATES = ['new', 'inWork', 'converted', 'lost'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Set by the manager or their lead. Away is skipped by the free desk; busy waits behind available. */
export const DESK_STATUSES = ['available', 'busy', 'away'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/**
 * Why a request went where it went, most specific first: an existing client's owner, the owner
 * of the household the caller belongs to, the manager who took the same person's earlier
 * request, a rule of the agency (owner away, company contacts), a lead's personal assignment,
 * a lead owed under a case's agreement, or the office's free desk.
 */
export const ROUTES = ['owner', 'household', 'repeat', 'freeDesk', 'owedLead', 'personal', 'rule'] as const;
export type Route = (typeof ROUTES)[number];

export interface RouteAssignee {
  userId: string;
  name: string;
  officeId: string;
}
