import type { Observable } from 'rxjs';
import type { SyncCollectionName } from './collections';
import type { PullResponse, PushRow, PushResponse, StreamMessage, SyncCheckpoint } from './protocol';

/**
 * How the office talks to the sync endpoint. shared/ cannot use fetch (no DOM/Node types),
 * so each platform passes an implementation; the browser's and Node's are the same fetch code.
 */
export interface SyncTransport {
  pull<C extends SyncCollectionName>(
    collection: C,
    checkpoint: SyncCheckpoint | null,
    limit: number,
  ): Promise<PullResponse<C>>;
  push<C extends SyncCollectionName>(collection: C, rows: PushRow<C>[]): Promise<PushResponse<C>>;
  /** Live changes; emits 'RESYNC' on every (re)connect. Errors when the connection drops. */
  stream<C extends SyncCollectionName>(collection: C): Observable<StreamMessage<C>>;
}

/** A failed request, in words a person can act on. */
export class SyncError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the endpoint could not be reached at all. */
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Offline, a restarting endpoint, throttling: worth retrying. A refused write or a bad token is not. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}
