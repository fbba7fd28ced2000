import type { RxChangeEvent } from 'rxdb';
import type { Subscription } from 'rxjs';
import { caseDocFor } from '../../cases/caseDoc';
import { companyHoldersIn } from '../../cases/companyHolders';
import { detectCases, HOLDERS_COMPARED_PER_KEY } from '../../cases/detectCases';
import type { DetectedCase } from '../../cases/detectedCase';
import type { CaseDoc, ClaimDoc } from '../../db';
import { createBatchRunner } from '../batchRunner';
import { readNow } from '../readNow';
import type { OfficeContext } from '../context';
import { claimPages } from './claimPages';
import { keyHolderCounts, type KeyHolderCounts } from './keyHolderCounts';

/** A batch with this many keys starts counting the office's existing claims (a first sync, a big import). */
const COUNT_EXISTING_AT = 300;

export interface CaseDetection {
  /**
   * Runs a local save of a client (its write, up to the claims index) and returns the cases the
   * save opened: those the person saving was warned about while typing ('beforeSave').
   */
  casesOpenedBy(clientId: string, write: () => Promise<void>): Promise<CaseDoc[]>;
  settled(): Promise<void>;
  stop(): void;
}

/** A save of a client in progress on this workstation, and the cases it has opened so far. */
interface LocalSave {
  clientId: string;
  opened: CaseDoc[];
}

/**
 * Detection in the office: whenever claims change — a local save, or claims pulled from the
 * endpoint — the shared matcher runs for this office's clients holding those keys, and opens
 * the cases it finds locally (same deterministic ids as the endpoint's). The office does not
 * wait for the endpoint to have done it.
 */
export function detectCasesInOffice(ctx: OfficeContext): CaseDetection {
  const saves = new Set<LocalSave>();
  const counts = keyHolderCounts();
  let counting: Promise<void> | null = null;
  const countExisting = () => {
    counting ??= counts
      .countExisting(claimPages(ctx.db.claims))
      .catch((error: unknown) => ctx.reportBackgroundFailure('counting claims for case detection', error));
  };
  // An office that starts with no claims (a fresh one, about to sync) counts them all as they come.
  readNow(ctx.db.claims.find({ limit: 1 })).then(
    (first) => first.length === 0 && countExisting(),
    (error: unknown) => ctx.reportBackgroundFailure('counting claims for case detection', error),
  );
  // A failed run costs promptness only: the endpoint detects the same cases (same ids) and they
  // arrive with the next pull.
  const runner = createBatchRunner<ClaimDoc>((claims) => {
    if (claims.length >= COUNT_EXISTING_AT) countExisting();
    return openCases(ctx, claims, saves, counts).catch((error: unknown) =>
      ctx.reportBackgroundFailure('case detection', error),
    );
  });
  const subscription: Subscription = ctx.db.claims.eventBulks$.subscribe((bulk) => {
    const live = (bulk.events as RxChangeEvent<ClaimDoc>[])
      .filter((e) => e.operation !== 'DELETE' && !e.documentData._deleted)
      .map((e) => e.documentData);
    counts.count(live);
    runner.add(live);
  });
  return {
    async casesOpenedBy(clientId, write) {
      // Registered before the write, so the run its claims trigger knows they come from this save.
      const save: LocalSave = { clientId, opened: [] };
      saves.add(save);
      try {
        await write();
        await runner.settled();
        return save.opened;
      } finally {
        saves.delete(save);
      }
    },
    settled: () => runner.settled(),
    stop: () => subscription.unsubscribe(),
  };
}

/**
 * Every holder of the corporate domains among the changed claims, by manager and counted: a
 * company notice says how many of the company's people each manager holds, not just how many
 * are among the earliest. Only this office's claims are here; the endpoint counts agency-wide.
 */
async function companiesOf(ctx: OfficeContext, changed: readonly ClaimDoc[]) {
  const domains = [...new Set(changed.filter((c) => c.kind === 'domain').map((c) => c.keyHash))];
  const holders = await Promise.all(domains.map((keyHash) => readNow(ctx.db.claims.find({ selector: { keyHash } }))));
  return companyHoldersIn(holders.flat());
}

async function openCases(
  ctx: OfficeContext,
  changed: ClaimDoc[],
  saves: ReadonlySet<LocalSave>,
  counts: KeyHolderCounts,
): Promise<void> {
  const me = ctx.profile();
  // Keys no other claim of the office holds are compared with the changed claims alone.
  const hashes = counts.maybeShared([...new Set(changed.map((c) => c.keyHash))]);
  const changedClients = new Set(changed.map((c) => c.clientId));
  // The earliest holders of each key only, as the endpoint does: a switchboard number held by
  // thousands of clients must not make every sync batch compare against all of them.
  const earliest = await Promise.all(
    hashes.map((keyHash) =>
      readNow(
        ctx.db.claims.find({
          selector: { keyHash },
          sort: [{ keyHash: 'asc' }, { since: 'asc' }],
          limit: HOLDERS_COMPARED_PER_KEY,
        }),
      ),
    ),
  );
  const byId = new Map<string, ClaimDoc>();
  for (const claim of [...earliest.flat(), ...changed]) byId.set(claim.id, claim);
  const known = [...byId.values()];
  // Only keys held by more than one manager can open a case; most keys of a sync batch are held once.
  const owners = new Map<string, Set<string>>();
  for (const c of known) owners.set(c.keyHash, (owners.get(c.keyHash) ?? new Set()).add(c.ownerId));
  const contested = known.filter((c) => (owners.get(c.keyHash)?.size ?? 0) > 1);
  const mine = [...new Set(contested.filter((c) => c.officeId === me.officeId).map((c) => c.clientId))];
  if (mine.length === 0) return;
  const companies = await companiesOf(ctx, changed);
  const found = new Map<string, DetectedCase>();
  for (const clientId of mine) {
    const own = await readNow(ctx.db.claims.find({ selector: { clientId } }));
    for (const c of detectCases(own, known, companies).cases)
      // A company notice is for a contact just added, as at the endpoint: an old colleague of the
      // company whose claims merely came by is not news to anyone.
      if (c.kind !== 'company' || changedClients.has(c.newcomer.clientId)) found.set(c.id, c);
  }
  if (found.size === 0) return;
  const existing = await ctx.db.cases.findByIds([...found.keys()]).exec();
  const now = ctx.clock.now();
  const opened = [...found.values()]
    .filter((c) => !existing.has(c.id))
    .map((c) => {
      // Seen while typing: my save of the newcomer brought its claims, and the owner's were already here.
      const bySave = [...saves].filter(
        (s) =>
          s.clientId === c.newcomer.clientId &&
          c.newcomer.managerId === me.userId &&
          changedClients.has(c.newcomer.clientId) &&
          !changedClients.has(c.owner.clientId),
      );
      const doc = caseDocFor(c, {
        detectedWhere: bySave.length ? 'beforeSave' : 'officeSync',
        causedBy: c.newcomer.managerId,
        now,
      });
      return { doc, bySave };
    });
  if (!opened.length) return;
  const { success } = await ctx.db.cases.bulkInsert(opened.map((o) => o.doc));
  // A case that arrived from the endpoint meanwhile was not opened here, and not by the save.
  const inserted = new Set(success.map((d) => d.id));
  for (const { doc, bySave } of opened) if (inserted.has(doc.id)) for (const save of bySave) save.opened.push(doc);
}
