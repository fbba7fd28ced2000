import type { RxChangeEvent } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { ClaimDoc, ClientDoc, NameTokenDoc } from '../db';
import { claimsOfClient } from '../cases/claimsOfClient';
import { nameSkeletons } from '../identity';
import { createBatchRunner } from './batchRunner';
import type { OfficeContext } from './context';
import { searchTokensOf } from './searchTokens';
import { upsertData } from './upsertData';

export interface ClaimsProjection {
  /** Resolves once every client change seen so far is reflected in claims and name tokens. */
  settled(): Promise<void>;
  /** Drops every claim and re-derives them from the local clients (after the key secret changed: every hash did). */
  rebuild(): Promise<void>;
  stop(): void;
}

/**
 * Claims and name tokens are a projection of the clients collection's change stream — local
 * saves and pulled documents alike. Each change carries the previous version, so what a
 * client no longer holds (a removed phone) is released without looking anything up, and a
 * sync batch of a thousand clients becomes one bulk write per collection.
 */
export function projectClaims(ctx: OfficeContext): ClaimsProjection {
  const runner = createBatchRunner<RxChangeEvent<ClientDoc>>((events) => apply(ctx, events));
  const subscription: Subscription = ctx.db.clients.eventBulks$.subscribe((bulk) =>
    runner.add(bulk.events as RxChangeEvent<ClientDoc>[]),
  );
  void runner
    .enqueue(() => backfillSearchTokens(ctx))
    .catch((error: unknown) => ctx.reportBackgroundFailure('search index', error));
  return {
    settled: () => runner.settled(),
    rebuild: () => runner.enqueue(() => rebuildClaims(ctx)),
    stop: () => subscription.unsubscribe(),
  };
}

const REBUILD_PAGE = 2_000;

async function rebuildClaims(ctx: OfficeContext): Promise<void> {
  await ctx.db.claims.find().remove();
  for (let skip = 0; ; skip += REBUILD_PAGE) {
    const page = await ctx.db.clients.find({ sort: [{ id: 'asc' }], skip, limit: REBUILD_PAGE }).exec();
    if (page.length === 0) return;
    await upsertData(
      ctx.db.claims,
      page.flatMap((doc) => derive(ctx, doc.toJSON() as ClientDoc).claims),
    );
  }
}

/** Bumped whenever searchTokensOf derives other tokens: the office then derives them again for its whole book. */
const SEARCH_TOKENS_VERSION = 1;
const SEARCH_TOKENS_DOC = 'searchTokens';

/** A book saved before company, phone and email tokens existed gets them once, page by page. */
async function backfillSearchTokens(ctx: OfficeContext): Promise<void> {
  const done = await ctx.db.getLocal<{ version: number }>(SEARCH_TOKENS_DOC);
  if ((done?.toJSON().data.version ?? 0) >= SEARCH_TOKENS_VERSION) return;
  for (let after = ''; ;) {
    const page = await ctx.db.clients
      .find({ selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: REBUILD_PAGE })
      .exec();
    if (page.length === 0) break;
    await upsertData(
      ctx.db.nametokens,
      page.flatMap((doc) => tokensOf(doc.toJSON() as ClientDoc)),
    );
    after = page.at(-1)!.id;
  }
  await ctx.db.upsertLocal(SEARCH_TOKENS_DOC, { version: SEARCH_TOKENS_VERSION });
}

async function apply(ctx: OfficeContext, events: RxChangeEvent<ClientDoc>[]): Promise<void> {
  const claims = new Map<string, ClaimDoc>();
  const tokens = new Map<string, NameTokenDoc>();
  const stale = { claims: new Set<string>(), tokens: new Set<string>() };
  for (const event of events) {
    const before = event.previousDocumentData;
    const after = event.operation === 'DELETE' || event.documentData._deleted ? undefined : event.documentData;
    const next = after ? derive(ctx, after) : { claims: [], tokens: [] };
    const old = before && !before._deleted ? derive(ctx, before) : { claims: [], tokens: [] };
    const keep = { claims: new Set(next.claims.map((c) => c.id)), tokens: new Set(next.tokens.map((t) => t.id)) };
    release(old.claims, keep.claims, stale.claims, claims);
    release(old.tokens, keep.tokens, stale.tokens, tokens);
    hold(next.claims, stale.claims, claims);
    hold(next.tokens, stale.tokens, tokens);
  }
  if (stale.claims.size) await ctx.db.claims.bulkRemove([...stale.claims]);
  if (stale.tokens.size) await ctx.db.nametokens.bulkRemove([...stale.tokens]);
  await upsertData(ctx.db.claims, [...claims.values()]);
  await upsertData(ctx.db.nametokens, [...tokens.values()]);
}

/** What the previous version held and the new one does not becomes stale (unless re-held later in the batch). */
function release<T extends { id: string }>(
  previous: T[],
  kept: Set<string>,
  stale: Set<string>,
  wanted: Map<string, T>,
): void {
  for (const doc of previous) {
    if (kept.has(doc.id)) continue;
    stale.add(doc.id);
    wanted.delete(doc.id);
  }
}

function hold<T extends { id: string }>(docs: T[], stale: Set<string>, wanted: Map<string, T>): void {
  for (const doc of docs) {
    wanted.set(doc.id, doc);
    stale.delete(doc.id);
  }
}

function derive(ctx: OfficeContext, client: ClientDoc): { claims: ClaimDoc[]; tokens: NameTokenDoc[] } {
  const claims = claimsOfClient(client, ctx.hashKey, {
    owner: client.ownerName,
    office: ctx.officeNameOf(client.officeId),
  });
  // A handed-over client loses its claims but keeps its search tokens: the manager still finds the
  // record (its history, its deals); the client page says whose client it is now. A merged record
  // is found through its survivor, which holds its contacts now.
  return { claims, tokens: client.mergedInto ? [] : tokensOf(client) };
}

/** Name skeletons and the company, phone and email tokens the book's search looks clients up by. */
function tokensOf(client: ClientDoc): NameTokenDoc[] {
  const tokens = new Set([...nameSkeletons(client.fullName), ...searchTokensOf(client)]);
  return [...tokens].map((skeleton): NameTokenDoc => ({
    id: `${skeleton}|${client.id}`,
    skeleton,
    clientId: client.id,
  }));
}
