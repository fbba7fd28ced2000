import { describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../shared/office';
import { bookSyncProgress } from './bookSyncProgress';

const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_SYNC_STATUS, state: 'online', ...patch });

describe('the book during a sync', () => {
  it('counts clients through the first pull, from zero', () => {
    expect(bookSyncProgress(status({ initialPull: true, clientsPulled: 0 }))).toBe(0);
    expect(bookSyncProgress(status({ initialPull: true, clientsPulled: 12_400 }))).toBe(12_400);
  });

  it('counts a later pull only once it is large, and never while offline', () => {
    expect(bookSyncProgress(status({ clientsPulled: 0 }))).toBeNull();
    expect(bookSyncProgress(status({ clientsPulled: 3_000 }))).toBe(3_000);
    expect(bookSyncProgress(status({ state: 'offline', initialPull: true }))).toBeNull();
    expect(bookSyncProgress(null)).toBeNull();
  });
});
