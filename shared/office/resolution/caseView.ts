import type { RxDocument } from 'rxdb';
import { combineLatest, concat, defer, of, switchMap, timer, type Observable } from 'rxjs';
import type { CaseDoc, CaseEventDoc } from '../../db';
import { withDeadline } from '../../workflow/deadline';
import { sideOf, type CaseState } from '../../workflow/state';
import { allowedSteps } from './allowedSteps';
import { caseEventsOf, foldCase } from './caseData';
import { actorOf, type ResolutionDeps } from './deps';
import { provisionalRecommendation } from './provisionalRecommendation';
import type { CaseView } from './types';

/**
 * A case screen's whole model, live: the case, its steps (through the caseId index), the fold,
 * what this user may do, and the recommendation. Recomputed when the case, a step or the outbox
 * changes, and once more when a negotiation deadline passes while the screen is open.
 */
export function caseView$(deps: ResolutionDeps, caseId: string): Observable<CaseView | null> {
  const { db } = deps.ctx;
  return combineLatest([
    db.cases.findOne(caseId).$,
    db.caseevents.find(caseEventsOf(caseId)).$,
    deps.outbox.size$,
  ]).pipe(
    switchMap(([caseRx, eventRxs]) => {
      const build = () =>
        defer(() => buildView(deps, caseRx as RxDocument<CaseDoc> | null, eventRxs as RxDocument<CaseEventDoc>[]));
      const untilDeadline = (view: CaseView | null): Observable<CaseView | null> => {
        const wait = view ? msUntilDeadline(view.state, deps.ctx.clock.now()) : null;
        return wait === null
          ? of(view)
          : concat(
              of(view),
              timer(Math.min(wait, MAX_TIMER_MS)).pipe(switchMap(() => build().pipe(switchMap(untilDeadline)))),
            );
      };
      return build().pipe(switchMap(untilDeadline));
    }),
  );
}

async function buildView(
  deps: ResolutionDeps,
  caseRx: RxDocument<CaseDoc> | null,
  eventRxs: RxDocument<CaseEventDoc>[],
): Promise<CaseView | null> {
  if (!caseRx) return null;
  const { ctx, outbox } = deps;
  const caseDoc = caseRx.toJSON() as CaseDoc;
  const events = eventRxs.map((e) => e.toJSON() as CaseEventDoc);
  const now = ctx.clock.now();
  const state = withDeadline(foldCase(caseDoc, events), now).state;
  const actor = actorOf(ctx.profile());
  const recommendation = caseDoc.recommendation
    ? { provisional: false, value: caseDoc.recommendation }
    : { provisional: true, value: await provisionalRecommendation(ctx, caseDoc, deps.regulations.current().rules) };
  return {
    caseDoc,
    events,
    state,
    mySide: sideOf(caseDoc, actor.userId),
    allowed: allowedSteps(state, caseDoc, actor, now),
    recommendation,
    pendingEventIds: events.filter((e) => outbox.isPending('caseevents', e.id)).map((e) => e.id),
  };
}

/** Timers overflow past ~24.8 days (a 31-day deadline is allowed): wait in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Milliseconds until a still-running negotiation runs out of time, or null when no deadline is ahead. */
function msUntilDeadline(state: CaseState, now: number): number | null {
  if (state.deadline === null || (state.phase !== 'open' && state.phase !== 'negotiating')) return null;
  return Math.max(0, state.deadline - now) + 1;
}
