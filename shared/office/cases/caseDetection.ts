import type { RxChangeEvent } from 'rxdb';
import type { Subscription } from 'rxjs';
import { detectCases, type DetectedCase } from '../../cases/detectCases';
import type { CaseDoc, ClaimDoc } from '../../db';
import { createBatchRunner } from '../batchRunner';
import type { OfficeContext } from '../context';

export interface CaseDetection {
  /** A client this workstation just saved: a case it opens was seen as a warning while typing. */
  noteLocalSave(clientId: string): void;
  settled(): Promise<void>;
  stop(): void;
}

/** How long a save counts as "just saved" for telling a warning seen while typing from a find at sync. */
const LOCAL_SAVE_WINDOW_MS = 60_000;
/** Matches the endpoint's bound on holders compared per key. */
const HOLDERS_PER_KEY = 50;

/**
 * Detection in the office: whenever claims change — a local save, or claims pulled from the
 * endpoint — the shared matcher runs for this office's clients holding those keys, and opens
 * the cases it finds locally (same deterministic ids as the endpoint's). The office does not
 * wait for the endpoint to have done it.
 */
export function detectCasesInOffice(ctx: OfficeContext): CaseDetection {
  const localSaves = new Map<string, number>();
  // A failed run costs promptness only: the endpoint detects the same cases (same ids) and they
  // arrive with the next pull.
  const runner = createBatchRunner<ClaimDoc>((claims) =>
    openCases(ctx, claims, localSaves).catch((error: unknown) => ctx.reportBackgroundFailure('case detection', error)),
  );
  const subscription: Subscription = ctx.db.claims.eventBulks$.subscribe((bulk) => {
    const live = (bulk.events as RxChangeEvent<ClaimDoc>[])
      .filter((e) => e.operation !== 'DELETE' && !e.documentData._deleted)
      .map((e) => e.documentData);
    runner.add(live);
  });
  return {
    noteLocalSave: (clientId) => localSaves.set(clientId, ctx.clock.now()),
    settled: () => runner.settled(),
    stop: () => subscription.unsubscribe(),
  };
}

async function openCases(ctx: OfficeContext, changed: ClaimDoc[], localSaves: Map<string, number>): Promise<void> {
  const me = ctx.profile();
  const hashes = [...new Set(changed.map((c) => c.keyHash))];
  const changedClients = new Set(changed.map((c) => c.clientId));
  // The earliest holders of each key only, as the endpoint does: a switchboard number held by
  // thousands of clients must not make every sync batch compare against all of them.
  const earliest = await Promise.all(
    hashes.map((keyHash) =>
      ctx.db.claims
        .find({ selector: { keyHash }, sort: [{ keyHash: 'asc' }, { since: 'asc' }], limit: HOLDERS_PER_KEY })
        .exec(),
    ),
  );
  const byId = new Map<string, ClaimDoc>();
  for (const claim of [...earliest.flat().map((d) => d.toJSON() as ClaimDoc), ...changed]) byId.set(claim.id, claim);
  const known = [...byId.values()];
  // Only keys held by more than one manager can open a case; most keys of a sync batch are held once.
  const owners = new Map<string, Set<string>>();
  for (const c of known) owners.set(c.keyHash, (owners.get(c.keyHash) ?? new Set()).add(c.ownerId));
  const contested = known.filter((c) => (owners.get(c.keyHash)?.size ?? 0) > 1);
  const mine = [...new Set(contested.filter((c) => c.officeId === me.officeId).map((c) => c.clientId))];
  if (mine.length === 0) return;
  const found = new Map<string, DetectedCase>();
  for (const clientId of mine) {
    const own = (await ctx.db.claims.find({ selector: { clientId } }).exec()).map((d) => d.toJSON() as ClaimDoc);
    for (const c of detectCases(own, known).cases) found.set(c.id, c);
  }
  if (found.size === 0) return;
  const existing = await ctx.db.cases.findByIds([...found.keys()]).exec();
  const now = ctx.clock.now();
  const fresh = [...found.values()].filter((c) => !existing.has(c.id));
  const docs = fresh.map((c): CaseDoc => {
    // Seen while typing: my own save brought the newcomer's claims, and the owner's were already here.
    const savedAt = localSaves.get(c.newcomer.clientId);
    const seenWhileTyping =
      c.newcomer.managerId === me.userId &&
      changedClients.has(c.newcomer.clientId) &&
      !changedClients.has(c.owner.clientId) &&
      savedAt !== undefined &&
      now - savedAt < LOCAL_SAVE_WINDOW_MS;
    return {
      ...c,
      officeIds: [...new Set([c.owner.officeId, c.newcomer.officeId])].sort(),
      detectedAt: now,
      detectedWhere: seenWhileTyping ? 'beforeSave' : 'officeSync',
      causedBy: c.newcomer.managerId,
      status: 'open',
      updatedAt: now,
    };
  });
  if (docs.length) await ctx.db.cases.bulkInsert(docs);
}
