import { afterEach, describe, expect, it } from 'vitest';
import { BehaviorSubject } from 'rxjs';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import type { OfficeCore } from '../officeCore';
import { emptyDraft } from '../clientDraft';
import { followSync, openArrivalPhases, type ArrivalPhase } from './arrivalPhase';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function database() {
  const core = await openMemoryOffice();
  cores.push(core);
  return databaseOf(core);
}

/** A sync the test steers: its status, and when it is in sync. */
function steeredSync() {
  const status$ = new BehaviorSubject<SyncStatus>({ ...INITIAL_SYNC_STATUS, state: 'connecting' });
  let inSync: () => void = () => undefined;
  let waits = 0;
  return {
    status$,
    awaitInSync: () => {
      waits += 1;
      return new Promise<void>((resolve) => (inSync = resolve));
    },
    set: (state: SyncStatus['state']) => status$.next({ ...status$.value, state }),
    inSync: () => inSync(),
    waits: () => waits,
  };
}

const clock = { now: () => Date.now() };

describe('arrival phases', () => {
  it('treats a fresh database’s first sync as history, and what follows it as live', async () => {
    const db = await database();
    await db.getLocal('firstSync').then((d) => d?.remove());
    const phases = await openArrivalPhases(db, clock);
    const seen: ArrivalPhase[] = [];
    phases.changes$.subscribe((p) => seen.push(p));
    expect(phases.atOpen()).toBe('history');
    const sync = steeredSync();
    const stop = followSync(sync, phases, (e) => {
      throw e;
    });
    expect(phases.now()).toBe('history');
    sync.set('online');
    sync.inSync();
    await new Promise<void>((resolve) => phases.changes$.subscribe((p) => p === 'live' && resolve()));
    expect(seen).toEqual(['live', 'history', 'live']);

    // The mark is in the database: reopened, the past is no longer history but a catch-up.
    const reopened = await openArrivalPhases(db, clock);
    expect(reopened.atOpen()).toBe('away');
    stop();
  });

  it('calls what comes after a lost endpoint a catch-up, until the office is in sync again', async () => {
    const db = await database();
    const phases = await openArrivalPhases(db, clock);
    await phases.caughtUp();
    const sync = steeredSync();
    followSync(sync, phases, (e) => {
      throw e;
    });
    expect(phases.now()).toBe('away');
    sync.set('online');
    sync.inSync();
    await new Promise<void>((resolve) => phases.changes$.subscribe((p) => p === 'live' && resolve()));

    sync.set('offline');
    expect(phases.now()).toBe('away');
    const before = sync.waits();
    sync.set('online');
    expect(sync.waits()).toBe(before + 1);
    expect(phases.now()).toBe('away');
    sync.inSync();
    await new Promise<void>((resolve) => phases.changes$.subscribe((p) => p === 'live' && resolve()));
  });

  it('counts a database from before the mark that holds clients as synced', async () => {
    const core = await openMemoryOffice();
    cores.push(core);
    expect((await core.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['+7 916 123 45 67'] })).ok).toBe(
      true,
    );
    const withClients = databaseOf(core);
    await withClients.getLocal('firstSync').then((d) => d?.remove());
    expect((await openArrivalPhases(withClients, clock)).atOpen()).toBe('away');
  });
});
