import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher } from './appUrl';
import { buildCsp, installCspHeader, SYNC_ENDPOINT_SOURCES } from './csp';
import type { WebRequestLike } from './csp';

type Headers = Record<string, string | string[]>;

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Emulates Electron applying the listener's answer: {} keeps the original headers. */
function setup(entryUrl: string, policy = buildCsp()) {
  let listener: Parameters<WebRequestLike['onHeadersReceived']>[0] | undefined;
  installCspHeader({ onHeadersReceived: (l) => (listener = l) }, createAppUrlMatcher(entryUrl), policy);
  return (url: string, responseHeaders: Headers = { 'Content-Type': ['text/html'] }) => {
    let result: Headers | undefined;
    listener!({ url, responseHeaders }, (response) => (result = response.responseHeaders ?? responseHeaders));
    return result!;
  };
}

describe('CSP header', () => {
  it('is added to the app’s own pages', () => {
    const respond = setup('http://localhost:5173/');
    const headers = respond('http://localhost:5173/');
    expect(headers['Content-Security-Policy']).toEqual([buildCsp()]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('replaces a weaker policy the server may send, whatever its case', () => {
    const respond = setup('http://localhost:5173/');
    const headers = respond('http://localhost:5173/index.html', { 'content-security-policy': ['default-src *'] });
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
  });

  it('covers the built index.html only, and leaves other responses untouched', () => {
    const respond = setup('file:///opt/claimdesk/out/renderer/index.html');
    expect(respond('file:///opt/claimdesk/out/renderer/index.html')['Content-Security-Policy']).toBeDefined();
    const foreign = { 'Content-Type': ['application/json'] };
    expect(respond('https://sync.example/api/pull', foreign)).toBe(foreign);
    expect(respond('file:///tmp/other.html')['Content-Security-Policy']).toBeUndefined();
  });
});

describe('buildCsp', () => {
  it('production: self-hosted scripts only, no eval, nothing framed, no plugins', () => {
    const d = directives(buildCsp());
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(buildCsp()).not.toMatch(/unsafe-eval|\*/);
  });

  it('dev: allows the inline React-refresh preamble and the HMR socket of that dev server only', () => {
    const d = directives(buildCsp({ devServerUrl: 'http://localhost:5173/' }));
    expect(d['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d['connect-src']).toEqual(["'self'", 'ws://localhost:5173']);
  });

  it('adds configured sync origins to connect-src; the meta variant omits frame-ancestors', () => {
    const d = directives(buildCsp({ connectSrc: ['https://sync.agency.example'], forMeta: true }));
    expect(d['connect-src']).toEqual(["'self'", 'https://sync.agency.example']);
    expect(d['frame-ancestors']).toBeUndefined();
  });
});

describe('the sync endpoint in the policy', () => {
  it('lets the renderer fetch from any http(s) endpoint but still runs only its own scripts', () => {
    const d = directives(buildCsp({ connectSrc: SYNC_ENDPOINT_SOURCES, forMeta: true }));
    expect(d['connect-src']).toEqual(["'self'", 'https:', 'http:']);
    expect(d['script-src']).toEqual(["'self'"]);
  });
});
