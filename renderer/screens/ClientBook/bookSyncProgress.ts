import type { SyncStatus } from '../../../shared/office';
import { SYNC_LIMITS } from '../../../shared/sync';

/**
 * How many clients a large sync has brought so far, or null when there is nothing worth a
 * progress line: the first pull of an empty office, or any pull that has already run past one
 * full batch. A pull of a few changed clients is over before anyone could read about it.
 */
export function bookSyncProgress(status: SyncStatus | null): number | null {
  if (!status || status.state === 'offline' || status.state === 'error' || status.state === 'idle') return null;
  if (status.initialPull) return status.clientsPulled;
  return status.clientsPulled >= SYNC_LIMITS.maxPullLimit ? status.clientsPulled : null;
}
