// Publishes a request to the offices involved as a `requests` document (shared/db/schemas/request):
// the change feed streams it to their workstations at commit, through any endpoint process, so
// the assignee is notified without polling and the receiving office sees where it went.
import type { RequestDoc } from '../../../shared/db/schemas/request';
import type { SqlExecutor } from '../db/sqlStore';
import { lockCommitOrder, writeDocuments } from '../documents/documentStore';
import type { StoredRequest } from './requestRows';

export function requestDocument(stored: StoredRequest, now: number): RequestDoc {
  const { id, officeId, channel, name, phones, emails, note, receivedAt, assignee, route, reason, state, stateReason } =
    stored;
  return {
    id,
    officeId,
    officeIds: [...new Set([officeId, assignee.officeId])].sort(),
    channel,
    name,
    phones,
    emails,
    note,
    receivedAt,
    assignee,
    route,
    reason,
    state,
    stateReason,
    ...(stored.firstResponseAt !== null ? { firstResponseAt: stored.firstResponseAt } : {}),
    updatedAt: now,
  };
}

/** Takes the `requests` commit-order lock (the last in SYNC_COLLECTIONS order) and writes the document. */
export async function publishRequest(tx: SqlExecutor, stored: StoredRequest, now: number): Promise<void> {
  await lockCommitOrder(tx, 'requests');
  const doc = requestDocument(stored, now);
  await writeDocuments(
    tx,
    'requests',
    [{ id: doc.id, officeId: doc.officeIds[0]!, scopeOfficeIds: doc.officeIds, data: doc, deleted: false }],
    now,
  );
}
