import type { MangoQuery, RxDocument } from 'rxdb';
import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import type { ActivityDoc, CaseDoc, CaseEventDoc, ClaimdeskDatabase } from '../../db';
import { foldDealEditions, toPayoutDeal } from '../../deals/foldDealEditions';
import { splitsOfCase } from '../../deals/splitsOfCase';
import { sharesByDeal, type Deal } from '../../payouts';
import type { CaseState } from '../../workflow/state';
import { caseEventsOf, foldCase, loadCase } from '../resolution/caseData';
import { client$ } from '../readModels/client';
import type { DealView } from '../resolution/types';

interface CaseOnClient {
  caseDoc: CaseDoc;
  state: CaseState;
}

/**
 * The client's deals, each with the split that governs it: the terms in force on the cases
 * about this client become payout splits (shared/deals), and the payouts module decides which
 * deal is the first order and which are later ones — the same rules the payout report uses.
 */
export function dealViewsOf(activities: readonly ActivityDoc[], cases: readonly CaseOnClient[]): DealView[] {
  const folded = foldDealEditions(activities);
  const splits = cases.flatMap((c) => splitsOfCase(c.caseDoc, c.state));
  const shares = sharesByDeal(
    folded.map(toPayoutDeal).filter((d): d is Deal => d !== null),
    splits,
  );
  const caseOfSplit = new Map(splits.map((s) => [s.id, s.caseId]));
  const names = new Map(
    cases.flatMap((c) => [c.caseDoc.owner, c.caseDoc.newcomer]).map((p) => [p.managerId, p.managerName]),
  );
  return folded.map((deal): DealView => {
    const s = shares.get(deal.dealId);
    const governed =
      s &&
      s.splitId !== null &&
      (s.reason === 'first-order' || s.reason === 'later-order' || s.reason === 'disputed-deal');
    const nameOf = (managerId: string) =>
      names.get(managerId) ?? (managerId === deal.current.managerId ? deal.current.managerName : managerId);
    return {
      ...deal,
      split: governed
        ? {
            caseId: caseOfSplit.get(s.splitId!) ?? '',
            shares: s.shares.map((sh) => ({ managerId: sh.managerId, managerName: nameOf(sh.managerId), pct: sh.pct })),
            reason: s.reason as 'first-order' | 'later-order' | 'disputed-deal',
          }
        : null,
    };
  });
}

const dealsOf = (clientId: string): MangoQuery<ActivityDoc> => ({
  selector: { clientId, type: 'deal' },
  sort: [{ clientId: 'asc' }, { at: 'asc' }],
});
const casesAbout = (clientId: string): MangoQuery<CaseDoc> => ({
  selector: { $or: [{ 'owner.clientId': clientId }, { 'newcomer.clientId': clientId }] },
});

/** Live: recomputed when a deal is edited, a case about the client opens, or one of its steps arrives. */
export function deals$(db: ClaimdeskDatabase, clientId: string): Observable<DealView[]> {
  const activities$ = db.activities
    .find(dealsOf(clientId))
    .$.pipe(map((docs) => docs.map((d) => d.toJSON() as ActivityDoc)));
  const cases$ = db.cases.find(casesAbout(clientId)).$.pipe(
    switchMap((caseRxs) =>
      caseRxs.length === 0
        ? of([] as CaseOnClient[])
        : combineLatest(
            (caseRxs as RxDocument<CaseDoc>[]).map((c) => {
              const caseDoc = c.toJSON() as CaseDoc;
              return db.caseevents.find(caseEventsOf(caseDoc.id)).$.pipe(
                map((events): CaseOnClient => ({
                  caseDoc,
                  state: foldCase(
                    caseDoc,
                    events.map((e) => e.toJSON() as CaseEventDoc),
                  ),
                })),
              );
            }),
          ),
    ),
  );
  return combineLatest([activities$, cases$]).pipe(map(([activities, cases]) => dealViewsOf(activities, cases)));
}

/**
 * A person's deals on their record: the client's own and those of every record merged into it.
 * Each deal keeps the client of its first edition and the splits of the cases about that client,
 * as the payout report counts it; an undone merge takes its deals back to their record. Newest first.
 */
export function personDeals$(db: ClaimdeskDatabase, clientId: string): Observable<DealView[]> {
  return client$(db, clientId).pipe(
    map((client) => [clientId, ...(client?.absorbed ?? []).map((a) => a.clientId)]),
    distinctUntilChanged((a, b) => a.join('\n') === b.join('\n')),
    switchMap((ids) => combineLatest(ids.map((id) => deals$(db, id)))),
    map((lists) => lists.flat().sort((a, b) => b.createdAt - a.createdAt || (a.dealId < b.dealId ? -1 : 1))),
  );
}

/** The same, once. */
export async function loadDealViews(db: ClaimdeskDatabase, clientId: string): Promise<DealView[]> {
  const activities = (await db.activities.find(dealsOf(clientId)).exec()).map((d) => d.toJSON() as ActivityDoc);
  const caseDocs = await db.cases.find(casesAbout(clientId)).exec();
  const cases = (await Promise.all(caseDocs.map((c) => loadCase(db, c.id)))).filter(
    (c): c is NonNullable<typeof c> => c !== null,
  );
  return dealViewsOf(activities, cases);
}
