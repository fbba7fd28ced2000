export type EndpointCheck =
  | {
      ok: true;
      /** Normalised base address: scheme, host, port and an optional path prefix, no trailing slash. */
      url: string;
      host: string;
      /** http:// to something other than this computer: a password would travel unencrypted. */
      plainHttpRemote: boolean;
    }
  | { ok: false; code: 'required' | 'invalid' | 'scheme' };

/**
 * Reads what a person types as the server address. "sync.agency.ru" means https; an address
 * of this computer without a scheme means http (a local test endpoint rarely has TLS).
 */
export function parseEndpoint(input: string): EndpointCheck {
  const text = input.trim();
  if (!text) return { ok: false, code: 'required' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
    if (!hasScheme && isLoopbackHost(url.hostname)) url = new URL(`http://${text}`);
  } catch {
    return { ok: false, code: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: 'scheme' };
  if (!url.hostname || url.username || url.password) return { ok: false, code: 'invalid' };
  const path = url.pathname.replace(/\/+$/u, '');
  return {
    ok: true,
    url: `${url.protocol}//${url.host}${path}`,
    host: url.host,
    plainHttpRemote: url.protocol === 'http:' && !isLoopbackHost(url.hostname),
  };
}

/** This computer: localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/gu, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/u.exec(host);
  return !!v4 && Number(v4[1]) === 127 && v4.slice(2).every((n) => Number(n) <= 255);
}

/** The address the page came from, when it was served by an endpoint (the web build); null in the desktop app. */
export function pageEndpoint(location: Pick<Location, 'protocol' | 'origin'>): string | null {
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : null;
}
