import type { SyncStatus } from '../../../shared/office';
import type { Connection } from '../../sync/sessionController';

export type SyncViewState = 'alone' | 'connecting' | 'online' | 'offline' | 'error' | 'signInAgain';

export interface SyncView {
  state: SyncViewState;
  pending: number;
  lastSyncAt: number | null;
  lastError: string | null;
  /** Host of the endpoint, for the sentences. */
  host: string | null;
}

export const SYNC_COLORS: Record<SyncViewState, string> = {
  alone: 'gray',
  connecting: 'blue',
  online: 'teal',
  offline: 'orange',
  error: 'red',
  signInAgain: 'red',
};

/** What the header tells: the core's status, overruled by what is certain (no sign-in, no network). */
export function syncView(
  connection: Connection,
  status: SyncStatus | null,
  networkUp: boolean,
  pendingNow: number,
): SyncView {
  if (connection.kind === 'alone')
    return { state: 'alone', pending: pendingNow, lastSyncAt: null, lastError: null, host: null };
  const host = hostOf(connection.session.endpoint);
  if (connection.kind === 'signInAgain') {
    return {
      state: 'signInAgain',
      pending: pendingNow,
      lastSyncAt: status?.lastSyncAt ?? null,
      lastError: status?.lastError ?? null,
      host,
    };
  }
  const base = {
    pending: status?.pending ?? pendingNow,
    lastSyncAt: status?.lastSyncAt ?? null,
    lastError: status?.lastError ?? null,
    host,
  };
  // The computer says it has no network: that is offline, whatever the last request said.
  if (!networkUp) return { ...base, state: 'offline' };
  const state = status?.state ?? 'connecting';
  return { ...base, state: state === 'idle' ? 'connecting' : state };
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}
