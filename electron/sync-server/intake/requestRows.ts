// Requests as stored, and as a person sees them: the inbox of an assignee, a lead's view of their
// office, the state a request is in. Explanations are put into words on the way out, in the
// reader's language, from the reason stored with the request.
import {
  explainRoute,
  type ExplanationLanguage,
  type RequestChannel,
  type RequestState,
  type Route,
  type RouteReason,
} from '../../../shared/routing';
import type { InboxRequest, SessionUser } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

/** A request as stored: what was handed in, and the routing's reason as data (worded on the way out). */
export interface StoredRequest extends Omit<InboxRequest, 'explanation'> {
  reason: RouteReason;
}

interface Row {
  id: string;
  office_id: string;
  external_id: string;
  channel: RequestChannel;
  name: string;
  phones: string[];
  emails: string[];
  note: string;
  received_at: number;
  assignee_id: string;
  assignee_name: string;
  assignee_office_id: string;
  route: Route;
  reason: RouteReason;
  state: RequestState;
  state_reason: string;
  first_response_at: number | null;
}

const SELECT = `select r.id, r.office_id, r.external_id, r.channel, r.name, r.phones, r.emails, r.note,
  r.received_at::float8 as received_at, r.assignee_id, u.name as assignee_name, r.assignee_office_id, r.route, r.reason,
  r.state, r.state_reason, r.first_response_at::float8 as first_response_at
  from requests r join users u on u.id = r.assignee_id`;

function fromRow(r: Row): StoredRequest {
  return {
    id: r.id,
    officeId: r.office_id,
    externalId: r.external_id,
    channel: r.channel,
    name: r.name,
    phones: r.phones,
    emails: r.emails,
    note: r.note,
    receivedAt: r.received_at,
    assignee: { userId: r.assignee_id, name: r.assignee_name, officeId: r.assignee_office_id },
    route: r.route,
    reason: r.reason,
    state: r.state,
    stateReason: r.state_reason,
    firstResponseAt: r.first_response_at,
  };
}

export async function readStoredRequest(db: SqlExecutor, id: string): Promise<StoredRequest | null> {
  const rows = await db.query<Row>(`${SELECT} where r.id = $1`, [id]);
  return rows[0] ? fromRow(rows[0]) : null;
}

export function inboxRequest(stored: StoredRequest, language: ExplanationLanguage): InboxRequest {
  const { reason, ...rest } = stored;
  return { ...rest, explanation: explainRoute(reason, language) };
}

/**
 * Who may see a request: its assignee; a lead of the office that took it or of the assignee's
 * office; an admin. A manager of the receiving office who is not the assignee sees only what the
 * intake answer said (whose it became), never the request later.
 */
export function maySeeRequest(user: SessionUser, stored: StoredRequest): boolean {
  if (user.role === 'admin') return true;
  if (stored.assignee.userId === user.id) return true;
  return user.role === 'lead' && (user.officeId === stored.officeId || user.officeId === stored.assignee.officeId);
}

/** The newest requests the person may see (at most `limit`), newest first. */
export async function inboxOf(db: SqlExecutor, user: SessionUser, limit: number): Promise<StoredRequest[]> {
  const rows =
    user.role === 'admin'
      ? await db.query<Row>(`${SELECT} order by r.received_at desc, r.id limit $1`, [limit])
      : user.role === 'lead'
        ? await db.query<Row>(
            `${SELECT} where r.assignee_id = $1 or r.office_id = $2 or r.assignee_office_id = $2
             order by r.received_at desc, r.id limit $3`,
            [user.id, user.officeId, limit],
          )
        : await db.query<Row>(`${SELECT} where r.assignee_id = $1 order by r.received_at desc, r.id limit $2`, [
            user.id,
            limit,
          ]);
  return rows.map(fromRow);
}
