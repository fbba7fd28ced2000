import { describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATUS } from '../../../shared/office';
import type { StoredSession } from '../../platform/platform';
import { syncView } from './syncView';

const session: StoredSession = {
  endpoint: 'https://sync.example:8443',
  token: 't',
  userId: 'u',
  userName: 'A',
  officeId: 'o',
  officeName: 'M',
  role: 'manager',
  expiresAt: 1,
};
const status = { ...INITIAL_SYNC_STATUS, state: 'online' as const, pending: 2, lastSyncAt: 5, lastError: null };

describe('syncView', () => {
  it('is "working alone" until signed in', () => {
    expect(syncView({ kind: 'alone' }, null, true, 3)).toMatchObject({ state: 'alone', pending: 3, host: null });
  });

  it('follows the core while signed in', () => {
    expect(syncView({ kind: 'signedIn', session, persisted: true }, status, true, 0)).toEqual({
      state: 'online',
      pending: 2,
      lastSyncAt: 5,
      lastError: null,
      host: 'sync.example:8443',
    });
    expect(syncView({ kind: 'signedIn', session, persisted: true }, null, true, 1)).toMatchObject({
      state: 'connecting',
      pending: 1,
    });
    expect(
      syncView({ kind: 'signedIn', session, persisted: true }, { ...status, state: 'error', lastError: 'no' }, true, 0),
    ).toMatchObject({ state: 'error', lastError: 'no' });
  });

  it('says offline as soon as the computer has no network', () => {
    expect(syncView({ kind: 'signedIn', session, persisted: true }, status, false, 0)).toMatchObject({
      state: 'offline',
      pending: 2,
    });
  });

  it('asks to sign in again once the token is refused, still counting waiting changes', () => {
    expect(syncView({ kind: 'signInAgain', session }, status, true, 4)).toMatchObject({
      state: 'signInAgain',
      pending: 4,
      lastSyncAt: 5,
    });
  });
});
