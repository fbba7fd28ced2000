/** What the sync indicator shows; every field is something a person can check at a glance. */
export interface SyncStatus {
  /** offline: the endpoint cannot be reached; online: connected and live; error: reachable but refusing. */
  state: 'idle' | 'connecting' | 'online' | 'offline' | 'error';
  /** Local changes not yet accepted by the endpoint. */
  pending: number;
  lastSyncAt: number | null;
  /** The last problem in words, kept until a sync succeeds. */
  lastError: string | null;
  /** True until every collection has pulled what the endpoint held when the sync started. */
  initialPull: boolean;
  /**
   * Documents received so far in the pull under way (a pull runs until a batch comes back short;
   * the first pull, until every collection has caught up); 0 when none is.
   */
  pulled: number;
  /** Of those, clients: what a person waiting for the book counts. */
  clientsPulled: number;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  state: 'idle',
  pending: 0,
  lastSyncAt: null,
  lastError: null,
  initialPull: false,
  pulled: 0,
  clientsPulled: 0,
};
