// Which offices a pushed document belongs to, per collection: most documents name one office
// (`officeId`); a case's steps name the case's offices (`officeIds`) and are seen by all of them.
import {
  SYNC_COLLECTIONS,
  type PushableCollectionName,
  type SessionUser,
  type SyncDocument,
} from '../../../shared/sync';
import { canWriteOffice } from './scope';

/** How a document is stored: `office_id` and, for `offices`-visibility documents, `scope_office_ids`. */
export interface DocumentScope {
  officeId: string;
  scopeOfficeIds: string[] | null;
}

export function scopeOf(collection: PushableCollectionName, doc: SyncDocument<PushableCollectionName>): DocumentScope {
  if (collection === 'caseevents') {
    const offices = [...(doc as SyncDocument<'caseevents'>).officeIds].sort();
    // office_id must hold one office; the first of the case's (sorted) offices, like cases keep the owner's.
    return { officeId: offices[0] ?? '', scopeOfficeIds: offices };
  }
  return { officeId: (doc as SyncDocument<'clients' | 'activities'>).officeId, scopeOfficeIds: null };
}

/** Whether a user may touch a stored document at all (a re-push, an edit, a tombstone): its offices' users and admins. */
export function mayWriteStored(
  user: SessionUser,
  collection: PushableCollectionName,
  stored: { office_id: string; scope_office_ids: string[] | null },
): boolean {
  if (SYNC_COLLECTIONS[collection].visibility === 'offices')
    return user.role === 'admin' || (user.officeId !== null && (stored.scope_office_ids ?? []).includes(user.officeId));
  return canWriteOffice(user, stored.office_id);
}
