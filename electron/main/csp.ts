// The renderer's Content-Security-Policy, built in one place: delivered as a response
// header by main (installCspHeader) and, for the built file:// page where headers are not
// guaranteed, as a <meta> tag injected at build time by electron.vite.config.ts.

export interface CspOptions {
  /** The electron-vite dev server URL in development (allows its inline React-refresh preamble and HMR socket). */
  devServerUrl?: string;
  /** Extra origins the renderer may fetch from (the sync endpoint, added by the sync work). */
  connectSrc?: readonly string[];
  /** A <meta> policy cannot carry frame-ancestors; leave it out there. */
  forMeta?: boolean;
}

/**
 * Where the sync endpoint may be: its address is typed at sign-in, so it cannot be listed at
 * build time. Only fetch is widened; scripts still come from the app alone ('self').
 */
export const SYNC_ENDPOINT_SOURCES: readonly string[] = ['https:', 'http:'];

export function buildCsp(opts: CspOptions = {}): string {
  const dev = opts.devServerUrl ? new URL(opts.devServerUrl) : undefined;
  const hmr = dev ? `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}` : undefined;
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    // No 'unsafe-eval' ever (code generating validators such as ajv will not run); inline scripts only for the dev preamble.
    ['script-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    // Mantine sets inline styles and injects CSS variables in <style> tags.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(hmr ? [hmr] : []), ...(opts.connectSrc ?? [])],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ...(opts.forMeta ? [] : [['frame-ancestors', "'none'"] as [string, ...string[]]]),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

type Headers = Record<string, string | string[]>;

/** The part of Electron's session.webRequest used here. */
export interface WebRequestLike {
  onHeadersReceived(
    listener: (
      details: { url: string; responseHeaders?: Headers },
      callback: (response: { responseHeaders?: Headers }) => void,
    ) => void,
  ): void;
}

/** Adds the policy to responses for the app's own pages; other responses pass through untouched. */
export function installCspHeader(webRequest: WebRequestLike, isAppUrl: (url: string) => boolean, policy: string): void {
  webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    const responseHeaders: Headers = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [policy];
    callback({ responseHeaders });
  });
}
