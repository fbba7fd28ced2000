import type { RxChangeEvent } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { CaseDoc, CaseEventDoc, ClientDoc } from '../../db';
import { termsInForce } from '../../workflow/state';
import { createBatchRunner } from '../batchRunner';
import type { OfficeContext } from '../context';
import { loadCase } from './caseData';

type HandedOver = NonNullable<ClientDoc['handedOver']>;

export interface FinalTermsApplier {
  /** Resolves once every case change seen so far has been applied to this office's clients. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Ownership moves with the terms in force (an agreement, a decision, or the regulations'
 * resolution): when they give away a client this office holds, the client is marked handed
 * over — saved like any edit, so it syncs and its claims go. A later decision that reverses
 * the terms takes the mark back or moves it to the other client. Runs on every change of a case
 * or its steps, and once over all cases at start (a write may have been cut short).
 */
export function applyFinalTermsInOffice(ctx: OfficeContext): FinalTermsApplier {
  const runner = createBatchRunner<string>(async (caseIds) => {
    for (const caseId of new Set(caseIds))
      await applyToCase(ctx, caseId).catch((error: unknown) =>
        ctx.reportBackgroundFailure(`applying the terms of case ${caseId}`, error),
      );
  });
  const live = <T>(events: RxChangeEvent<T>[]) =>
    events.filter((e) => e.operation !== 'DELETE' && !e.documentData._deleted).map((e) => e.documentData);
  const subscriptions: Subscription[] = [
    ctx.db.cases.eventBulks$.subscribe((bulk) =>
      runner.add(live(bulk.events as RxChangeEvent<CaseDoc>[]).map((c) => c.id)),
    ),
    ctx.db.caseevents.eventBulks$.subscribe((bulk) =>
      runner.add(live(bulk.events as RxChangeEvent<CaseEventDoc>[]).map((e) => e.caseId)),
    ),
  ];
  void runner.enqueue(async () => {
    const all = await ctx.db.cases
      .find()
      .exec()
      .catch(() => []);
    runner.add(all.map((c) => c.id));
  });
  return { settled: () => runner.settled(), stop: () => subscriptions.forEach((s) => s.unsubscribe()) };
}

async function applyToCase(ctx: OfficeContext, caseId: string): Promise<void> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) return;
  const me = ctx.profile();
  const final = termsInForce(loaded.state);
  const { owner, newcomer } = loaded.caseDoc;
  const keeper = final?.terms.keeper === 'newcomer' ? newcomer : owner;
  const giver = final ? (keeper === owner ? newcomer : owner) : null;
  const now = ctx.clock.now();
  for (const party of [owner, newcomer]) {
    const client = await ctx.db.clients.findOne(party.clientId).exec();
    if (!client || client.officeId !== me.officeId) continue;
    const current = client.handedOver;
    let next: HandedOver | undefined;
    if (party === giver && final) {
      // Another case gave this client away first: it is gone already, this case cannot give it twice.
      if (current && current.caseId !== caseId) continue;
      next = {
        caseId,
        toManagerId: keeper.managerId,
        toManagerName: keeper.managerName,
        toOfficeName: keeper.officeName,
        at: final.at,
      };
    } else if (current?.caseId !== caseId) {
      continue;
    }
    if (sameHandover(current, next)) continue;
    await client.incrementalModify((doc) => {
      const { handedOver: _previous, ...rest } = doc;
      return { ...rest, ...(next ? { handedOver: next } : {}), updatedAt: now };
    });
    await ctx.changed('clients', client.id, now);
  }
}

function sameHandover(a: HandedOver | undefined, b: HandedOver | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.caseId === b.caseId &&
    a.toManagerId === b.toManagerId &&
    a.toManagerName === b.toManagerName &&
    a.toOfficeName === b.toOfficeName &&
    a.at === b.at
  );
}
