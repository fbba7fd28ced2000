import { describe, expect, it } from 'vitest';
import type { AccountActivity, EndpointHealth, WorkstationHealth } from '../../../shared/sync';
import { activityByOffice, clockOffset } from './healthView';

const person = (userId: string, officeId: string | null, lastPushAt: number | null): AccountActivity => ({
  userId,
  name: userId,
  role: officeId ? 'manager' : 'admin',
  officeId,
  disabled: false,
  openSessions: lastPushAt ? 1 : 0,
  lastSignInAt: lastPushAt,
  lastPushAt,
});

const workstation = (userId: string, officeId: string | null): WorkstationHealth => ({
  userId,
  name: userId,
  officeId,
  kind: 'desktop',
  system: 'Windows',
  app: '0.1.0',
  signedInAt: 1,
  lastSyncAt: 2,
  lastPushAt: null,
  pendingChanges: 0,
});

const health = (
  people: AccountActivity[],
  now = 1_000_000,
  workstations: WorkstationHealth[] = [],
): EndpointHealth => ({
  version: '0.1.0',
  database: 'pglite',
  schemaVersion: 10,
  startedAt: 0,
  now,
  people,
  workstations,
});

describe('the health tab', () => {
  const offices = [
    { id: 'a', name: 'Север', disabled: false },
    { id: 'b', name: 'Юг', disabled: false },
  ];

  it('groups people by office with the office’s latest push; people of no office last', () => {
    const groups = activityByOffice(
      health([person('anna', 'a', 5), person('boris', 'a', 9), person('vera', 'b', null), person('admin', null, 7)]),
      offices,
    );
    expect(groups.map((g) => [g.office?.name ?? null, g.people.map((p) => p.userId), g.lastPushAt])).toEqual([
      ['Север', ['anna', 'boris'], 9],
      ['Юг', ['vera'], null],
      [null, ['admin'], 7],
    ]);
  });

  it('puts each computer with its person’s office', () => {
    const groups = activityByOffice(
      health([], 0, [
        workstation('anna', 'a'),
        workstation('admin', null),
        workstation('vera', 'b'),
        workstation('ghost', 'x'),
      ]),
      offices,
    );
    expect(groups.map((g) => g.workstations.map((w) => w.userId))).toEqual([['anna'], ['vera'], ['admin', 'ghost']]);
  });

  it('leaves out the no-office group when everyone has an office', () => {
    expect(activityByOffice(health([person('anna', 'a', 5)]), offices).map((g) => g.office?.id)).toEqual(['a', 'b']);
  });

  it('tells a clock off by more than two minutes, either way', () => {
    expect(clockOffset(health([], 1_000_000), 1_000_000 + 60_000)).toBeNull();
    expect(clockOffset(health([], 1_000_000), 1_000_000 - 5 * 60_000)).toBe(5 * 60_000);
    expect(clockOffset(health([], 1_000_000), 1_000_000 + 5 * 60_000)).toBe(-5 * 60_000);
  });
});
