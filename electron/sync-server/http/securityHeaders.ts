// Security headers on every answer (API, web app, errors), through @fastify/helmet.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../shared/sync';

/**
 * The served web app's policy: its own scripts only (no inline script, no eval), Mantine's inline
 * styles, images and fonts from the app or data:/blob: URLs (downloads are blob: links), and
 * fetches to this same endpoint. No page may frame it.
 */
export const WEB_APP_CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const HALF_A_YEAR_S = 180 * 24 * 3600;
const REFERRER_POLICY = 'no-referrer';
/** As frame-ancestors 'none', for browsers that predate it. */
const FRAME_OPTIONS = 'deny';
const NO_STORE = 'no-store';

/**
 * The essential headers, written by hand where helmet's hook never runs: fastify's router refuses
 * an undecodable address before any hook (see requestGuards.ts).
 */
export const ESSENTIAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': Object.entries(WEB_APP_CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': REFERRER_POLICY,
  'x-frame-options': FRAME_OPTIONS.toUpperCase(),
  'cache-control': NO_STORE,
};

export function isApiUrl(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}

export async function installSecurityHeaders(app: FastifyInstance, options: { tls: boolean }): Promise<void> {
  await app.register(helmet, {
    // Listed in full: helmet's defaults add upgrade-insecure-requests, which breaks an office
    // serving the web app over plain http on its own network.
    contentSecurityPolicy: { useDefaults: false, directives: WEB_APP_CSP_DIRECTIVES },
    // Only over TLS: HSTS binds the whole host, and an endpoint without TLS cannot promise it.
    strictTransportSecurity: options.tls ? { maxAge: HALF_A_YEAR_S, includeSubDomains: false } : false,
    xFrameOptions: { action: FRAME_OPTIONS },
    referrerPolicy: { policy: REFERRER_POLICY },
  });
  // API answers carry tokens, client records and the agency's key secret: no cache may keep them.
  app.addHook('onSend', async (request, reply) => {
    if (isApiUrl(request.url)) void reply.header('cache-control', NO_STORE);
  });
}
