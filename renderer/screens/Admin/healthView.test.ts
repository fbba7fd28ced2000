import { describe, expect, it } from 'vitest';
import type { AccountActivity, EndpointHealth } from '../../../shared/sync';
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

const health = (people: AccountActivity[], now = 1_000_000): EndpointHealth => ({
  database: 'pglite',
  schemaVersion: 9,
  startedAt: 0,
  now,
  people,
});

describe('the health tab', () => {
  const offices = [
    { id: 'a', name: 'Север' },
    { id: 'b', name: 'Юг' },
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

  it('leaves out the no-office group when everyone has an office', () => {
    expect(activityByOffice(health([person('anna', 'a', 5)]), offices).map((g) => g.office?.id)).toEqual(['a', 'b']);
  });

  it('tells a clock off by more than two minutes, either way', () => {
    expect(clockOffset(health([], 1_000_000), 1_000_000 + 60_000)).toBeNull();
    expect(clockOffset(health([], 1_000_000), 1_000_000 - 5 * 60_000)).toBe(5 * 60_000);
    expect(clockOffset(health([], 1_000_000), 1_000_000 + 5 * 60_000)).toBe(-5 * 60_000);
  });
});
