import type { EndpointHttp } from '../../shared/endpoint';

/** The endpoint client's platform in the app: this window's fetch and TextDecoder. */
export const browserHttp: EndpointHttp = {
  // Called through a wrapper: fetch detached from window throws "Illegal invocation" in browsers.
  fetch: (url, init) => fetch(url, init),
  TextDecoder,
};
