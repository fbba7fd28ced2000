import type { EndpointHttp } from '../../shared/endpoint';

/** The endpoint client's platform in Node: its global fetch (or a test's own) and TextDecoder. */
export function nodeHttp(fetchFn: typeof fetch = fetch): EndpointHttp {
  return { fetch: fetchFn, TextDecoder };
}
