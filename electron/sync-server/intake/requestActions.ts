// What people do with a request after it is routed: move it through its states (with the time to
// first response recorded once), and a lead's personal assignment, with the reason kept.
import type { RouteReason } from '../../../shared/routing';
import type { RequestAssignment, RequestStateChange, SessionUser } from '../../../shared/sync';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { publishRequest } from './requestDocuments';
import { maySeeRequest, readStoredRequest, type StoredRequest } from './requestRows';

async function republished(tx: SqlExecutor, id: string, now: number) {
  const stored = await readStoredRequest(tx, id);
  if (!stored) throw new Error(`Request ${id} vanished inside its own transaction`);
  await publishRequest(tx, stored, now);
  return stored;
}

const NEXT: Readonly<Record<StoredRequest['state'], readonly RequestStateChange['state'][]>> = {
  new: ['inWork', 'converted', 'lost'],
  inWork: ['converted', 'lost'],
  converted: [],
  lost: [],
};

async function lockedRequest(tx: SqlExecutor, id: string, user: SessionUser) {
  await tx.query('select id from requests where id = $1 for update', [id]);
  const stored = await readStoredRequest(tx, id);
  if (!stored || !maySeeRequest(user, stored)) throw new ApiFailure(404, 'not_found', 'There is no such request.');
  return stored;
}

export async function changeRequestState(
  store: SqlStore,
  user: SessionUser,
  id: string,
  change: RequestStateChange,
  now: number,
): Promise<StoredRequest> {
  return store.transaction(async (tx) => {
    const stored = await lockedRequest(tx, id, user);
    const mayChange =
      user.role === 'admin' ||
      stored.assignee.userId === user.id ||
      (user.role === 'lead' && user.officeId === stored.assignee.officeId);
    if (!mayChange)
      throw new ApiFailure(403, 'forbidden', `Only ${stored.assignee.name}, or their lead, works on this request.`);
    if (!NEXT[stored.state].includes(change.state))
      throw new ApiFailure(
        409,
        'conflict',
        `The request is already ${stored.state}; it cannot become ${change.state}.`,
      );
    await tx.query(
      `update requests set state = $2, state_reason = $3, updated_at = $4,
         first_response_at = coalesce(first_response_at, $4) where id = $1`,
      [id, change.state, change.reason, now],
    );
    return republished(tx, id, now);
  });
}

export async function assignPersonally(
  store: SqlStore,
  lead: SessionUser,
  id: string,
  assignment: RequestAssignment,
  now: number,
): Promise<StoredRequest> {
  return store.transaction(async (tx) => {
    const stored = await lockedRequest(tx, id, lead);
    if (lead.role !== 'lead' && lead.role !== 'admin')
      throw new ApiFailure(403, 'forbidden', 'Only a lead or an admin assigns a request personally.');
    if (stored.state === 'converted' || stored.state === 'lost')
      throw new ApiFailure(409, 'conflict', 'The request is closed; there is nothing to assign.');
    const people = await tx.query<{ id: string; name: string; office_id: string }>(
      'select id, name, office_id from active_users where id = $1 and office_id is not null',
      [assignment.userId],
    );
    const person = people[0];
    if (!person)
      throw new ApiFailure(400, 'validation_failed', 'There is no active person with that id.', [
        { field: 'userId', message: 'There is no active person with that id.' },
      ]);
    if (lead.role === 'lead' && person.office_id !== lead.officeId)
      throw new ApiFailure(403, 'forbidden', 'A lead assigns requests to people of their own office only.');
    const reason: RouteReason = { code: 'personal', assignee: person.name, by: lead.name, reason: assignment.reason };
    await tx.query(
      `update requests set assignee_id = $2, assignee_office_id = $3, route = 'personal', reason = $4::jsonb,
         updated_at = $5 where id = $1`,
      [id, person.id, person.office_id, JSON.stringify(reason), now],
    );
    return republished(tx, id, now);
  });
}
