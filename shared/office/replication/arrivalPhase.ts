import { BehaviorSubject, distinctUntilChanged, type Observable } from 'rxjs';
import type { ClaimdeskDatabase } from '../../db';
import type { OfficeSync } from './officeSync';

/**
 * How what reaches the local database now came to be here, so notifications can word it:
 * - `history`: the first sync of a fresh database (a new device, a reinstall, a cleared
 *   database) is pulling the account's past; none of it is news to the person;
 * - `away`: a catch-up after the app was closed or the endpoint out of reach;
 * - `live`: online and caught up, or working locally: it is happening now.
 */
export type ArrivalPhase = 'history' | 'away' | 'live';

export interface ArrivalPhases {
  now(): ArrivalPhase;
  /** What the database held when it was opened: the rest of an unfinished first sync, or news from while the app was closed. */
  atOpen(): ArrivalPhase;
  readonly changes$: Observable<ArrivalPhase>;
  /** The office started replicating, or lost the endpoint: what comes next is a catch-up. */
  catchingUp(): void;
  /** Everything the endpoint had is here; a first sync is over for good. */
  caughtUp(): Promise<void>;
  /** Replication stopped: what happens here now is local. */
  stopped(): void;
}

const FIRST_SYNC_DOC = 'firstSync';

interface FirstSyncMark {
  done: boolean;
  at: number;
}

/**
 * Keeps the phase, and remembers in the database whether its first sync ever finished. Why the
 * device judges this itself rather than asking the endpoint what the account last saw: the news a
 * person got is per device (a notification on the office PC was never shown on the laptop), and a
 * fresh database is exactly the case where everything pulled is the past, seen or settled
 * elsewhere. A database from before this mark existed that holds clients or cases has been working
 * (and notifying) already, so it counts as synced.
 */
export async function openArrivalPhases(db: ClaimdeskDatabase, clock: { now(): number }): Promise<ArrivalPhases> {
  let mark = (await db.getLocal<FirstSyncMark>(FIRST_SYNC_DOC))?.toJSON().data ?? null;
  if (!mark) {
    const usedBefore = (await db.cases.count().exec()) > 0 || (await db.clients.count().exec()) > 0;
    mark = { done: usedBefore, at: clock.now() };
    await db.upsertLocal(FIRST_SYNC_DOC, mark);
  }
  let firstSyncDone = mark.done;
  const phase = new BehaviorSubject<ArrivalPhase>('live');
  const catchUpPhase = (): ArrivalPhase => (firstSyncDone ? 'away' : 'history');

  return {
    now: () => phase.value,
    atOpen: catchUpPhase,
    changes$: phase.pipe(distinctUntilChanged()),
    catchingUp: () => phase.next(catchUpPhase()),
    async caughtUp() {
      if (!firstSyncDone) {
        firstSyncDone = true;
        await db.upsertLocal(FIRST_SYNC_DOC, { done: true, at: clock.now() });
      }
      phase.next('live');
    },
    stopped: () => phase.next('live'),
  };
}

/**
 * Drives the phases from a running sync: a catch-up from its start and from every return of the
 * endpoint, until everything is in; losing the endpoint makes what follows a catch-up again.
 * Returns the stop function.
 */
export function followSync(
  sync: Pick<OfficeSync, 'status$' | 'awaitInSync'>,
  phases: ArrivalPhases,
  reportFailure: (error: unknown) => void,
): () => void {
  // A catch-up that finished after the endpoint was lost again must not declare the office live.
  let generation = 0;
  let reachable = true;
  const catchUp = () => {
    const mine = ++generation;
    phases.catchingUp();
    sync
      .awaitInSync()
      .then(() => (mine === generation ? phases.caughtUp() : undefined))
      .catch(reportFailure);
  };
  catchUp();
  const subscription = sync.status$.subscribe((status) => {
    if (status.state === 'offline' || status.state === 'error') {
      if (reachable) {
        reachable = false;
        generation++;
        phases.catchingUp();
      }
    } else if (status.state === 'online' && !reachable) {
      reachable = true;
      catchUp();
    }
  });
  return () => {
    generation++;
    subscription.unsubscribe();
    phases.stopped();
  };
}
