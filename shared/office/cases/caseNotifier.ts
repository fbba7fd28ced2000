import type { RxChangeEvent } from 'rxdb';
import { Subject, type Observable, type Subscription } from 'rxjs';
import type { CaseDoc, ClaimdeskDatabase } from '../../db';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  notificationsFor,
  type Notification,
  type NotificationSettings,
} from '../../notify/notificationRules';
import type { OfficeContext } from '../context';
import type { ArrivalPhase, ArrivalPhases } from '../replication/arrivalPhase';
import { startCaseStepNotifier } from './caseStepNotifier';
import { newsGathering } from './newsGathering';

const SHOWN_DOC = 'notifiedCases';
const SETTINGS_DOC = 'notificationSettings';
/** Enough to never repeat a case; the oldest are forgotten first. */
const SHOWN_LIMIT = 20_000;

export interface CaseNotifier {
  readonly notifications$: Observable<Notification>;
  settings(): NotificationSettings;
  setSettings(settings: NotificationSettings): Promise<void>;
  stop(): void;
}

/**
 * Turns newly known cases, and the steps that resolve them, into the notifications this
 * workstation shows, by the shared rules, remembering what it showed across restarts so nothing
 * is announced twice. What a fresh database's first sync brings is the past: remembered, never
 * announced.
 */
export async function startCaseNotifier(ctx: OfficeContext, arrivals: ArrivalPhases): Promise<CaseNotifier> {
  const db = ctx.db;
  const shown = new Set<string>((await db.getLocal<{ ids: string[] }>(SHOWN_DOC))?.toJSON().data.ids ?? []);
  let settings: NotificationSettings = {
    ...DEFAULT_NOTIFICATION_SETTINGS,
    ...((await db.getLocal<NotificationSettings>(SETTINGS_DOC))?.toJSON().data ?? {}),
  };
  const out = new Subject<Notification>();
  // By id: the office's own copy of a case and the endpoint's often arrive within one window.
  let gathered = new Map<string, CaseDoc>();
  // A batch is judged by the phase it was gathered in; a change of phase closes it.
  let phase: ArrivalPhase = 'live';

  const flush = async () => {
    gathering.judging();
    const cases = [...gathered.values()];
    gathered = new Map();
    if (cases.length === 0) return gathering.judged(false);
    const profile = ctx.profile();
    const viewer = { userId: profile.userId, officeId: profile.officeId, role: profile.role ?? 'manager' };
    const notes = phase === 'history' ? [] : notificationsFor(cases, viewer, settings, shown, phase);
    // Every case judged is remembered, shown or not: a case is considered once per workstation.
    for (const c of cases) shown.add(c.id);
    await persistShown(db, shown);
    notes.forEach((n) => out.next(n));
    gathering.judged(notes.length > 0);
  };

  // Steps of resolving cases (proposals, agreements, decisions, escalations) speak through the same stream.
  const steps = await startCaseStepNotifier(ctx, arrivals, (n) => out.next(n));
  const judge = () => flush().catch((error: unknown) => ctx.reportBackgroundFailure('duplicate notifications', error));
  const gathering = newsGathering(() => void judge());

  const subscriptions: Subscription[] = [
    arrivals.changes$.subscribe((now) => {
      if (now !== phase && gathered.size) void judge();
    }),
    db.cases.eventBulks$.subscribe((bulk) => {
      if (arrivals.now() !== phase && gathered.size) void judge();
      phase = arrivals.now();
      for (const event of bulk.events as RxChangeEvent<CaseDoc>[]) {
        if (event.operation === 'DELETE' || event.documentData._deleted || shown.has(event.documentData.id)) continue;
        gathered.set(event.documentData.id, event.documentData);
      }
      if (gathered.size) gathering.gathered(phase);
    }),
  ];

  return {
    notifications$: out.asObservable(),
    settings: () => settings,
    async setSettings(next) {
      settings = { ...next };
      await db.upsertLocal(SETTINGS_DOC, settings);
    },
    stop: () => {
      steps.stop();
      gathering.stop();
      subscriptions.forEach((s) => s.unsubscribe());
      out.complete();
    },
  };
}

async function persistShown(db: ClaimdeskDatabase, shown: Set<string>): Promise<void> {
  const ids = [...shown].slice(-SHOWN_LIMIT);
  await db.upsertLocal(SHOWN_DOC, { ids });
}
