// Links and merges of one person's records: only the owner of both records, or a lead or admin of
// their office, may tie them together, merge them or undo a merge, and only records of one owner in
// one office may be tied. Otherwise an adversary could absorb a colleague's or another office's
// client into their own (the absorbed record gives up its claims, the survivor takes them). Pure.
import type { ClientDoc } from '../../../shared/db';
import { same as sameJson } from '../../../shared/merge/threeWayMerge';
import type { SessionUser } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';

type SamePersonFields = Pick<ClientDoc, 'id' | 'ownerId' | 'officeId' | 'linkedWith' | 'absorbed' | 'mergedInto'>;

const refused = 'The push was refused and nothing was written:';

/** The records a client's same-person fields name. */
export function samePersonIds(doc: Partial<SamePersonFields>): string[] {
  return [
    ...(doc.linkedWith ?? []),
    ...(doc.absorbed ?? []).map((a) => a.clientId),
    ...(doc.mergedInto ? [doc.mergedInto.clientId] : []),
  ];
}

function mayActOn(user: SessionUser, client: Pick<ClientDoc, 'ownerId' | 'officeId'>): boolean {
  if (client.ownerId === user.id || user.role === 'admin') return true;
  return user.role === 'lead' && user.officeId === client.officeId;
}

// The stored copy comes back from jsonb with its keys reordered: compared whatever the key order.
const same = (a: unknown, b: unknown): boolean => sameJson(a ?? null, b ?? null);

/**
 * `records`: each named record as stored and as this push writes it (either may be missing).
 * Throws a 403 when the push changes the client's links or merges and may not.
 */
export function checkSamePerson(
  user: SessionUser,
  doc: SamePersonFields,
  stored: SamePersonFields | null,
  records: (id: string) => { stored: SamePersonFields | null; pushed: SamePersonFields | null },
): void {
  const changed =
    !same(doc.linkedWith, stored?.linkedWith) ||
    !same(doc.absorbed, stored?.absorbed) ||
    !same(doc.mergedInto, stored?.mergedInto);
  if (!changed) return;
  for (const holder of [stored, doc]) {
    if (holder && !mayActOn(user, holder))
      throw new ApiFailure(
        403,
        'forbidden',
        `${refused} client "${doc.id}" is linked, merged or unmerged, which only its manager or their office's lead may do.`,
      );
  }
  const before = new Set(stored ? samePersonIds(stored) : []);
  for (const id of samePersonIds(doc)) {
    if (before.has(id)) continue;
    const other = records(id);
    const versions = [other.stored, other.pushed].filter((v): v is SamePersonFields => v !== null);
    const oneOwner = versions.every((v) => v.ownerId === doc.ownerId && v.officeId === doc.officeId);
    if (id === doc.id || versions.length === 0 || !oneOwner)
      throw new ApiFailure(
        403,
        'forbidden',
        `${refused} client "${doc.id}" is linked or merged with "${id}", which is not a client of the same manager; records of two managers are a case.`,
      );
  }
}
