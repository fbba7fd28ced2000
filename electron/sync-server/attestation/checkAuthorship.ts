// Who a pushed document may name as its person: a client's owner, an activity's author, a deal's
// manager. A manager names only themselves; a lead or an admin may also assign a person of the
// document's own office. What the push does not change (an owner kept on an edit, a deal's manager
// kept on a colleague's edition) is not a new statement and is not checked again. Pure.
import type { ActivityDoc, ClientDoc } from '../../../shared/db';
import type { SessionUser } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';

const refused = 'The push was refused and nothing was written:';

/** Person id → their office (null for an admin without one); people not listed are not accounts. */
export type PeopleOffices = ReadonlyMap<string, string | null>;

export function mayName(user: SessionUser, personId: string, officeId: string, people: PeopleOffices): boolean {
  if (personId === user.id) return true;
  if (user.role === 'manager') return false;
  return people.get(personId) === officeId;
}

function forbidden(what: string, personId: string, user: SessionUser): ApiFailure {
  const whom =
    user.role === 'manager'
      ? 'a manager can only name themselves'
      : "a lead or an admin can name themselves or a person of the document's own office";
  return new ApiFailure(403, 'forbidden', `${refused} ${what} names "${personId}", but ${whom}.`);
}

export function checkClientOwner(
  user: SessionUser,
  doc: Pick<ClientDoc, 'id' | 'officeId' | 'ownerId'>,
  stored: Pick<ClientDoc, 'ownerId'> | null,
  people: PeopleOffices,
): void {
  if (stored?.ownerId === doc.ownerId) return;
  if (!mayName(user, doc.ownerId, doc.officeId, people))
    throw forbidden(`client "${doc.id}" as its owner`, doc.ownerId, user);
}

/** An activity is checked when it is new (a stored one cannot change: activities are immutable). */
export function checkActivityAuthor(
  user: SessionUser,
  doc: Pick<ActivityDoc, 'id' | 'officeId' | 'authorId'>,
  people: PeopleOffices,
): void {
  if (!mayName(user, doc.authorId, doc.officeId, people))
    throw forbidden(`activity "${doc.id}" as its author`, doc.authorId, user);
}

/** `currentManagerId`: the manager of the deal as stored, when the edition continues a stored deal. */
export function checkDealManager(
  user: SessionUser,
  doc: Pick<ActivityDoc, 'id' | 'officeId' | 'deal'>,
  currentManagerId: string | null,
  people: PeopleOffices,
): void {
  const managerId = doc.deal?.managerId;
  if (managerId === undefined || managerId === currentManagerId) return;
  if (!mayName(user, managerId, doc.officeId, people))
    throw forbidden(`the deal of activity "${doc.id}" as its manager`, managerId, user);
}

export function checkImportMarker(user: SessionUser, id: string, sent: unknown, stored: unknown): void {
  if (sent === undefined || sent === stored || user.role === 'admin') return;
  throw new ApiFailure(
    403,
    'forbidden',
    `${refused} document "${id}" is marked importedFrom, which only an admin's import may set (its dates are then taken as given).`,
  );
}
