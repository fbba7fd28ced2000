// The endpoint's resolution API (shared/endpoint) bound to this window's fetch: what the screens call.
import {
  createResolutionClient as createEndpointResolutionClient,
  type EndpointFailure,
  type EndpointResult as Result,
  type ResolutionClient,
} from '../../shared/endpoint';
import type { StoredSession } from '../platform/platform';
import { browserHttp } from './browserHttp';

export type { EndpointFailure, ResolutionClient };

/** What a screen gets back: the value, or a failure grouped by what the person can do about it. */
export type EndpointResult<T> = Result<T, EndpointFailure>;

export function createResolutionClient(session: StoredSession | null): ResolutionClient {
  return createEndpointResolutionClient(session, browserHttp);
}
