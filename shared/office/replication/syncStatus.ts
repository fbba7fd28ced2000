/** What the sync indicator shows; every field is something a person can check at a glance. */
export interface SyncStatus {
  /** offline: the endpoint cannot be reached; online: connected and live; error: reachable but refusing. */
  state: 'idle' | 'connecting' | 'online' | 'offline' | 'error';
  /** Local changes not yet accepted by the endpoint. */
  pending: number;
  lastSyncAt: number | null;
  /** The last problem in words, kept until a sync succeeds. */
  lastError: string | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'idle', pending: 0, lastSyncAt: null, lastError: null };
