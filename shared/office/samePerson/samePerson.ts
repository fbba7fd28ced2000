// One manager's two records of one person, found, linked or merged in the office. Only the owner
// of both records (or their office's lead) acts on them; the endpoint checks the same at push.
import type { ClientDoc } from '../../db';
import type { IdentityKind } from '../../identity';
import { claimsForKey, nameHints } from '../duplicateCheck';
import type { OfficeContext } from '../context';
import { fail, ok, type Result } from '../result';
import { mergeClients, undoMerge } from './mergeClients';

export interface SamePersonCandidate {
  client: Pick<ClientDoc, 'id' | 'fullName'>;
  /** A shared phone or e-mail is the same person; a similar name is only a hint. */
  reason: IdentityKind | 'name';
  /** The shared phone or e-mail, as people read it; empty for a name. */
  display: string;
  linked: boolean;
}

const MAX_CANDIDATES = 10;

const isActive = (c: ClientDoc): boolean => !c.mergedInto && !c.handedOver;

/** The same owner's other records that look like this person: shared keys first, then similar names. */
export async function samePersonCandidates(ctx: OfficeContext, clientId: string): Promise<SamePersonCandidate[]> {
  const doc = await ctx.db.clients.findOne(clientId).exec();
  if (!doc) return [];
  const client = doc.toJSON() as ClientDoc;
  if (!isActive(client)) return [];
  const found = new Map<string, { reason: SamePersonCandidate['reason']; display: string }>();
  for (const key of client.identityKeys) {
    for (const claim of await claimsForKey(ctx, key)) {
      if (claim.clientId !== clientId && claim.kind !== 'domain' && !found.has(claim.clientId))
        found.set(claim.clientId, { reason: claim.kind, display: claim.display });
    }
  }
  for (const hint of await nameHints(ctx, client.fullName, new Set([clientId, ...found.keys()])))
    found.set(hint.clientId, { reason: 'name', display: '' });
  const others = await ctx.db.clients.findByIds([...found.keys()]).exec();
  const linked = new Set(client.linkedWith ?? []);
  const out: SamePersonCandidate[] = [];
  for (const [id, why] of found) {
    const other = others.get(id)?.toJSON() as ClientDoc | undefined;
    if (!other || !isActive(other) || other.ownerId !== client.ownerId || other.officeId !== client.officeId) continue;
    out.push({ client: { id, fullName: other.fullName }, ...why, linked: linked.has(id) });
  }
  return out.slice(0, MAX_CANDIDATES);
}

/** The records merged into this one, by name, newest last: what the client page offers to undo. */
export async function absorbedClients(ctx: OfficeContext, clientId: string): Promise<ClientDoc[]> {
  const doc = await ctx.db.clients.findOne(clientId).exec();
  const ids = (doc?.absorbed ?? []).map((a) => a.clientId);
  const found = await ctx.db.clients.findByIds(ids).exec();
  return ids.flatMap((id) => {
    const c = found.get(id);
    return c ? [c.toJSON() as ClientDoc] : [];
  });
}

async function bothRecords(ctx: OfficeContext, aId: string, bId: string): Promise<Result<[ClientDoc, ClientDoc]>> {
  if (aId === bId)
    return fail({ field: 'clientId', code: 'sameClient', message: 'These are one and the same record.' });
  const [a, b] = await Promise.all([ctx.db.clients.findOne(aId).exec(), ctx.db.clients.findOne(bId).exec()]);
  if (!a || !b) return fail({ field: 'clientId', code: 'notFound', message: 'One of the clients no longer exists.' });
  const [x, y] = [a.toJSON() as ClientDoc, b.toJSON() as ClientDoc];
  if (x.ownerId !== y.ownerId || x.officeId !== y.officeId)
    return fail({
      field: 'clientId',
      code: 'otherOwner',
      message: 'Only records of one manager can be linked or merged; records of two managers are a case.',
    });
  const me = ctx.profile();
  const mayAct = x.ownerId === me.userId || (me.role === 'lead' && x.officeId === me.officeId) || me.role === 'admin';
  if (!mayAct)
    return fail({
      field: 'clientId',
      code: 'forbidden',
      message: "Only the clients' manager or their office's lead can link or merge them.",
    });
  return ok([x, y]);
}

async function store(ctx: OfficeContext, docs: ClientDoc[]): Promise<void> {
  for (const doc of docs) {
    await ctx.db.clients.upsert(doc);
    await ctx.changed('clients', doc.id, doc.updatedAt);
  }
  await ctx.indexSettled();
}

/** Marks two records as one person kept apart: both stay in the book; nothing else changes. */
export async function linkSamePerson(ctx: OfficeContext, clientId: string, otherId: string): Promise<Result<true>> {
  const both = await bothRecords(ctx, clientId, otherId);
  if (!both.ok) return both;
  const now = ctx.clock.now();
  const [a, b] = both.value;
  const linked = [
    { ...a, linkedWith: [...new Set([...(a.linkedWith ?? []), b.id])] },
    { ...b, linkedWith: [...new Set([...(b.linkedWith ?? []), a.id])] },
  ];
  if (linked.some((c) => c.linkedWith.length > 20))
    return fail({
      field: 'clientId',
      code: 'tooManyLinked',
      message: 'A client can be linked with at most 20 records.',
    });
  await store(
    ctx,
    linked.map((c) => ({ ...c, updatedAt: now })),
  );
  return ok(true);
}

const MERGE_MESSAGES = {
  sameClient: 'These are one and the same record.',
  otherOwner: 'Only records of one manager can be merged.',
  alreadyMerged: 'One of the records is already merged or handed over.',
  tooManyMerged: 'A client can absorb at most 20 records.',
  notesTooLong: 'The notes of both records together exceed 10,000 characters; shorten them first.',
  notMerged: 'These records are not merged.',
  notLastMerge: 'Undo the later merges into this client first.',
} as const;

/** Merges `absorbedId` into `survivorId`; the absorbed record is kept, hidden, for the undo. */
export async function mergeSamePerson(
  ctx: OfficeContext,
  survivorId: string,
  absorbedId: string,
): Promise<Result<ClientDoc>> {
  const both = await bothRecords(ctx, survivorId, absorbedId);
  if (!both.ok) return both;
  const merged = mergeClients(...both.value, ctx.clock.now());
  if (!merged.ok) return fail({ field: 'clientId', code: merged.refusal, message: MERGE_MESSAGES[merged.refusal] });
  // The absorbed record gives up its claims before the survivor takes its keys.
  await store(ctx, [merged.absorbed, merged.survivor]);
  return ok(merged.survivor);
}

/** Restores both records exactly as they were before the survivor's latest merge. */
export async function undoSamePersonMerge(
  ctx: OfficeContext,
  survivorId: string,
  absorbedId: string,
): Promise<Result<true>> {
  const both = await bothRecords(ctx, survivorId, absorbedId);
  if (!both.ok) return both;
  const undone = undoMerge(...both.value, ctx.clock.now());
  if (!undone.ok) return fail({ field: 'clientId', code: undone.refusal, message: MERGE_MESSAGES[undone.refusal] });
  await store(ctx, [undone.survivor, undone.absorbed]);
  return ok(true);
}
