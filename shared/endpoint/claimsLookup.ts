// The office's claims look-up port over HTTP: POST /claims/lookup, its refusals read as states.
import { API_PATHS, type ClaimsLookupResponse } from '../sync';
import type { ClaimsLookupAnswer, ClaimsLookupPort } from '../sync';
import { createEndpointRequest, type EndpointRequestOptions } from './endpointRequest';

/** When a 429 comes without a usable Retry-After: try again in a minute rather than at once. */
const DEFAULT_RETRY_AFTER_S = 60;

export function createClaimsLookup(options: EndpointRequestOptions & { now?: () => number }): ClaimsLookupPort {
  const endpoint = createEndpointRequest(options);
  const now = options.now ?? (() => Date.now());
  return {
    async lookUp(keys): Promise<ClaimsLookupAnswer> {
      const result = await endpoint.call<ClaimsLookupResponse>(API_PATHS.claimsLookup, {
        method: 'POST',
        body: { keys },
      });
      if (result.ok) return { state: 'answered', results: result.value.results };
      const { status, code, retryAfter } = result.failure;
      if (status === 429) {
        const seconds = Number(retryAfter);
        const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_S;
        return { state: 'overBudget', resetsAt: now() + wait * 1000 };
      }
      if (status === 401 || code === 'not_signed_in') return { state: 'notSignedIn' };
      if (status === 0 || status >= 500 || code === 'bad_response') return { state: 'offline' };
      // A refused key is a bug here (keys come from identityKeysOf): the caller logs it.
      throw new Error(`The claims look-up was refused (${status} ${code}): ${result.failure.message}`);
    },
  };
}
