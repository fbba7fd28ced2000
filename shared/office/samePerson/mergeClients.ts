// Two records of one person (an import from two files, a typo'd re-entry) become one: the survivor
// takes every phone, e-mail, note and the company of the other, which stays stored — hidden, marked
// merged, holding no claims — so the merge can be undone exactly. Activities are never rewritten
// (they are their authors' immutable facts): the survivor's history reads the absorbed record's
// too. Pure.
import { SAME_PERSON_LIMIT, type ClientDoc, type MergeSnapshot, type StoredPhone } from '../../db';
import { identityKeysOf } from '../../identity';
import { sortNameOf } from '../bookName';

const MAX_ENTRIES = 20;
const MAX_NOTES = 10_000;

export type MergeRefusal = 'sameClient' | 'otherOwner' | 'alreadyMerged' | 'tooManyMerged' | 'notesTooLong';

export type Merged = { ok: true; survivor: ClientDoc; absorbed: ClientDoc } | { ok: false; refusal: MergeRefusal };

const phoneText = (p: StoredPhone): string => (p.extension ? `${p.e164} ext. ${p.extension}` : p.e164);

/** Why these two records may not be merged, or null. */
export function mergeRefusal(survivor: ClientDoc, absorbed: ClientDoc): MergeRefusal | null {
  if (survivor.id === absorbed.id) return 'sameClient';
  if (survivor.ownerId !== absorbed.ownerId || survivor.officeId !== absorbed.officeId) return 'otherOwner';
  if (survivor.mergedInto || absorbed.mergedInto || survivor.handedOver || absorbed.handedOver) return 'alreadyMerged';
  if ((absorbed.absorbed?.length ?? 0) > 0) return 'alreadyMerged';
  if ((survivor.absorbed?.length ?? 0) >= SAME_PERSON_LIMIT) return 'tooManyMerged';
  return null;
}

function snapshotOf(client: ClientDoc): MergeSnapshot {
  return {
    phones: client.phones.map((p) => ({ ...p })),
    emails: [...client.emails],
    notes: client.notes,
    company: client.company,
    identityKeys: [...client.identityKeys],
    lastActivityAt: client.lastActivityAt,
  };
}

/** Merges `absorbed` into `survivor` at `at`; entries beyond the 20-entry lists go into the notes, one a line. */
export function mergeClients(survivor: ClientDoc, absorbed: ClientDoc, at: number): Merged {
  const refusal = mergeRefusal(survivor, absorbed);
  if (refusal) return { ok: false, refusal };
  const phones = survivor.phones.map((p) => ({ ...p }));
  const overflow: string[] = [];
  for (const phone of absorbed.phones) {
    if (phones.some((p) => p.e164 === phone.e164 && p.extension === phone.extension)) continue;
    if (phones.length < MAX_ENTRIES) phones.push({ ...phone });
    else overflow.push(phoneText(phone));
  }
  const emails = [...survivor.emails];
  for (const email of absorbed.emails) {
    if (emails.includes(email)) continue;
    if (emails.length < MAX_ENTRIES) emails.push(email);
    else overflow.push(email);
  }
  const company = survivor.company || absorbed.company;
  // A second company is a fact about the person too: it goes to the notes rather than away.
  if (absorbed.company && absorbed.company !== company) overflow.push(absorbed.company);
  const added = [absorbed.notes.trim() && absorbed.notes !== survivor.notes ? absorbed.notes : '', overflow.join('\n')]
    .filter(Boolean)
    .join('\n');
  const notes = [survivor.notes, added].filter(Boolean).join('\n\n');
  if (notes.length > MAX_NOTES) return { ok: false, refusal: 'notesTooLong' };
  const { keys } = identityKeysOf({ phones: phones.map((p) => p.e164), emails });
  return {
    ok: true,
    survivor: {
      ...survivor,
      phones,
      emails,
      notes,
      company,
      identityKeys: keys.map((k) => k.key),
      lastActivityAt: Math.max(survivor.lastActivityAt, absorbed.lastActivityAt),
      updatedAt: at,
      absorbed: [...(survivor.absorbed ?? []), { clientId: absorbed.id, at, before: snapshotOf(survivor) }],
    },
    absorbed: {
      ...absorbed,
      mergedInto: { clientId: survivor.id, at },
      sortName: sortNameOf({ ...absorbed, mergedInto: true }),
      updatedAt: at,
    },
  };
}

export type UndoRefusal = 'notMerged' | 'notLastMerge';

export type Unmerged = { ok: true; survivor: ClientDoc; absorbed: ClientDoc } | { ok: false; refusal: UndoRefusal };

/**
 * Undoes the survivor's latest merge: both records as they were before it, but for `updatedAt`.
 * Only the latest can be undone: an earlier snapshot does not hold what later merges added.
 */
export function undoMerge(survivor: ClientDoc, absorbed: ClientDoc, at: number): Unmerged {
  const list = survivor.absorbed ?? [];
  const index = list.findIndex((entry) => entry.clientId === absorbed.id);
  if (index < 0 || absorbed.mergedInto?.clientId !== survivor.id) return { ok: false, refusal: 'notMerged' };
  if (index !== list.length - 1) return { ok: false, refusal: 'notLastMerge' };
  const { absorbed: _list, ...rest } = survivor;
  const remaining = list.slice(0, index);
  const { mergedInto: _mark, ...restored } = absorbed;
  return {
    ok: true,
    survivor: {
      ...rest,
      ...snapshotOf({ ...survivor, ...list[index]!.before }),
      ...(remaining.length ? { absorbed: remaining } : {}),
      updatedAt: at,
    },
    absorbed: { ...restored, sortName: sortNameOf(restored), updatedAt: at },
  };
}
