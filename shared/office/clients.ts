import type { CaseDoc, ClientDoc } from '../db';
import { validateClientDraft, type ClientDraft } from './clientDraft';
import { sortNameOf } from './bookName';
import { unlinkHousehold } from './households';
import type { OfficeContext } from './context';
import { fail, ok, type Result } from './result';

export interface SavedClient {
  client: ClientDoc;
  /** The cases this save opened: other managers' clients the warning showed while typing. */
  openedCases: CaseDoc[];
}

/** Creates a client, or updates it when clientId is given. Duplicates may still be saved: the warning informs, it does not forbid. */
export async function saveClient(
  ctx: OfficeContext,
  draft: ClientDraft,
  clientId?: string,
): Promise<Result<SavedClient>> {
  const valid = validateClientDraft(draft, ctx.identitySettings());
  if (!valid.ok) return valid;
  const profile = ctx.profile();
  const now = ctx.clock.now();
  const existing = clientId ? await ctx.db.clients.findOne(clientId).exec() : null;
  if (clientId && !existing)
    return fail({
      field: 'clientId',
      code: 'notFound',
      message: 'This client no longer exists; it may have been deleted.',
    });
  const { keys, ...fields } = valid.value;
  const doc: ClientDoc = {
    id: existing?.id ?? ctx.crypto.newId(),
    officeId: existing?.officeId ?? profile.officeId,
    ownerId: existing?.ownerId ?? profile.userId,
    ownerName: existing?.ownerName ?? profile.userName,
    ...fields,
    sortName: sortNameOf({ fullName: fields.fullName, mergedInto: existing?.mergedInto }),
    identityKeys: keys.map((k) => k.key),
    householdId: existing?.householdId ?? '',
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    lastActivityAt: existing?.lastActivityAt ?? now,
    mergeHistory: existing?.mergeHistory ?? [],
    // Editing a handed-over client (a typo in its history) does not take it back.
    ...(existing?.handedOver ? { handedOver: { ...existing.handedOver } } : {}),
    // An edit keeps the record's ties to its same-person records: only a merge or its undo changes them.
    ...samePersonTies(existing ? (existing.toJSON() as ClientDoc) : null),
  };
  const openedCases = await ctx.casesOpenedBy(doc.id, async () => {
    await ctx.db.clients.upsert(doc);
    await ctx.changed('clients', doc.id, doc.updatedAt);
    await ctx.indexSettled();
  });
  return ok({ client: doc, openedCases });
}

function samePersonTies(client: ClientDoc | null): Pick<ClientDoc, 'linkedWith' | 'absorbed' | 'mergedInto'> {
  if (!client) return {};
  const { linkedWith, absorbed, mergedInto } = JSON.parse(JSON.stringify(client)) as ClientDoc;
  return {
    ...(linkedWith ? { linkedWith } : {}),
    ...(absorbed ? { absorbed } : {}),
    ...(mergedInto ? { mergedInto } : {}),
  };
}

export async function deleteClient(ctx: OfficeContext, clientId: string): Promise<Result<true>> {
  const existing = await ctx.db.clients.findOne(clientId).exec();
  if (!existing) return fail({ field: 'clientId', code: 'notFound', message: 'This client no longer exists.' });
  // Deleting either side of a merge would take activities out of the survivor's history and the undo away.
  if (existing.mergedInto || existing.absorbed?.length)
    return fail({
      field: 'clientId',
      code: 'merged',
      message: 'This record is part of a merge: undo the merge first.',
    });
  if (existing.householdId) await unlinkHousehold(ctx, clientId);
  // The tombstone carries a fresh updatedAt, so the outbox can tell when the endpoint has it.
  const now = ctx.clock.now();
  const stamped = await existing.getLatest().incrementalPatch({ updatedAt: now });
  await stamped.remove();
  await ctx.changed('clients', clientId, now);
  // A deleted client's activities go with it: as tombstones, so other replicas drop them too.
  const activities = await ctx.db.activities.find({ selector: { clientId } }).exec();
  for (const activity of activities) {
    await activity.remove();
    await ctx.changed('activities', activity.id, activity.createdAt);
  }
  await ctx.indexSettled();
  return ok(true);
}
