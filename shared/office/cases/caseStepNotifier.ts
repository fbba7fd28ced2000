import type { RxChangeEvent } from 'rxdb';
import { asyncScheduler, type Subscription } from 'rxjs';
import type { CaseDoc, CaseEventDoc } from '../../db';
import {
  caseStepNotificationsFor,
  casesWaitingFor,
  idsCoveredBy,
  waitingDigest,
  type CaseProgress,
} from '../../notify/caseStepNotifications';
import type { Notification } from '../../notify/notificationRules';
import { withDeadline } from '../../workflow/deadline';
import type { OfficeContext } from '../context';
import type { ArrivalPhase, ArrivalPhases } from '../replication/arrivalPhase';
import { loadCase } from '../resolution/caseData';
import { newsGathering } from './newsGathering';

const SHOWN_DOC = 'notifiedSteps';
const SHOWN_LIMIT = 20_000;
/** Timers overflow past ~24.8 days; a longer wait is taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface CaseStepNotifier {
  stop(): void;
}

/**
 * Watches cases and their steps and tells this workstation's user what concerns them (shared
 * rules in notify/caseStepNotifications), remembering across restarts what it showed. A
 * negotiation deadline is nobody's step, so the notifier also wakes at each deadline ahead.
 * A fresh database's first sync is the past: nothing of it is announced but, once it is over,
 * one word of the cases that still wait for the person.
 */
export async function startCaseStepNotifier(
  ctx: OfficeContext,
  arrivals: ArrivalPhases,
  emit: (n: Notification) => void,
): Promise<CaseStepNotifier> {
  const db = ctx.db;
  const shown = new Set<string>((await db.getLocal<{ ids: string[] }>(SHOWN_DOC))?.toJSON().data.ids ?? []);
  const deadlines = new Map<string, Subscription>();
  let gathered = new Set<string>();
  // A batch is judged by the phase it was gathered in; a change of phase closes it.
  let phase: ArrivalPhase = 'live';
  let stopped = false;
  let judging: Promise<void> = Promise.resolve();
  // What the first sync found waiting for the person, by case: said once when it is over.
  const waiting = { answers: new Set<string>(), decisions: new Set<string>() };

  const gather = (caseIds: Iterable<string>, arrival: ArrivalPhase = arrivals.now()) => {
    if (arrival !== phase) flush();
    phase = arrival;
    for (const id of caseIds) gathered.add(id);
    if (gathered.size) gathering.gathered(phase);
  };

  const flush = () => {
    gathering.judging();
    const ids = [...gathered];
    gathered = new Set();
    if (ids.length === 0) return judging;
    const arrival = phase;
    // One judgement at a time, so two batches never both announce the same step.
    return after(async () => gathering.judged(await judge(ids, arrival)));
  };

  const gathering = newsGathering(() => void flush());

  const after = (work: () => Promise<void> | void) =>
    (judging = judging
      .then(work)
      .catch((error: unknown) => ctx.reportBackgroundFailure('case step notifications', error)));

  /** Tells the person what is news to them in these cases; says whether anything was told. */
  const judge = async (caseIds: string[], arrival: ArrivalPhase): Promise<boolean> => {
    const profile = ctx.profile();
    const viewer = { userId: profile.userId, officeId: profile.officeId, role: profile.role ?? 'manager' };
    const now = ctx.clock.now();
    const progress: CaseProgress[] = [];
    for (const id of caseIds) {
      const loaded = await loadCase(db, id);
      if (!loaded) continue;
      const state = withDeadline(loaded.state, now).state;
      wakeAtDeadline(
        id,
        state.deadline !== null && (state.phase === 'open' || state.phase === 'negotiating')
          ? state.deadline - now
          : null,
      );
      progress.push({
        caseDoc: loaded.caseDoc,
        state,
        authorNames: new Map(loaded.docs.map((d) => [d.id, d.by.name])),
      });
    }
    if (arrival === 'history') {
      // Where each case stands now decides: a proposal answered later in the same sync waits no more.
      const waits = casesWaitingFor(progress, viewer);
      for (const { caseDoc } of progress) {
        waiting.answers[waits.answers.includes(caseDoc.id) ? 'add' : 'delete'](caseDoc.id);
        waiting.decisions[waits.decisions.includes(caseDoc.id) ? 'add' : 'delete'](caseDoc.id);
      }
    }
    const notes = arrival === 'history' ? [] : caseStepNotificationsFor(progress, viewer, shown, arrival);
    const covered = idsCoveredBy(progress, viewer).filter((id) => !shown.has(id));
    if (covered.length === 0 || stopped) return false;
    for (const id of covered) shown.add(id);
    await db.upsertLocal(SHOWN_DOC, { ids: [...shown].slice(-SHOWN_LIMIT) });
    notes.forEach(emit);
    return notes.length > 0;
  };

  const sayWhatWaits = () => {
    const digest = waitingDigest({ answers: [...waiting.answers], decisions: [...waiting.decisions] });
    waiting.answers.clear();
    waiting.decisions.clear();
    if (digest && !stopped) emit(digest);
  };

  const wakeAtDeadline = (caseId: string, inMs: number | null) => {
    deadlines.get(caseId)?.unsubscribe();
    deadlines.delete(caseId);
    if (inMs === null || stopped) return;
    deadlines.set(
      caseId,
      asyncScheduler.schedule(() => gather([caseId]), Math.min(Math.max(0, inMs) + 1, MAX_TIMER_MS)),
    );
  };

  const live = <T>(events: RxChangeEvent<T>[]) =>
    events.filter((e) => e.operation !== 'DELETE' && !e.documentData._deleted).map((e) => e.documentData);
  let previous = arrivals.now();
  const subscriptions: Subscription[] = [
    arrivals.changes$.subscribe((now) => {
      if (now !== phase) flush();
      if (previous === 'history' && now !== 'history') void after(sayWhatWaits);
      previous = now;
    }),
    db.cases.eventBulks$.subscribe((bulk) => gather(live(bulk.events as RxChangeEvent<CaseDoc>[]).map((c) => c.id))),
    db.caseevents.eventBulks$.subscribe((bulk) =>
      gather(live(bulk.events as RxChangeEvent<CaseEventDoc>[]).map((e) => e.caseId)),
    ),
  ];
  // Cases already here: news that arrived just before a restart (or the rest of an unfinished
  // first sync), and deadlines to wake for.
  gather(
    (await db.cases.find().exec()).map((c) => c.id),
    arrivals.atOpen(),
  );

  return {
    stop: () => {
      stopped = true;
      gathering.stop();
      deadlines.forEach((s) => s.unsubscribe());
      subscriptions.forEach((s) => s.unsubscribe());
    },
  };
}
