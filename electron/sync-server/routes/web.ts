// Serves the web build of the app (dist-web/) at "/", with the SPA's index.html for client-side
// routes. Unknown /api paths get the JSON 404 instead.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../../shared/sync';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Claimdesk: web app not built</title>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>The web app has not been built</h1>
<p>This Claimdesk sync endpoint is running, but it has no web build to serve.
Build it with <code>npm run build:web</code> (it lands in <code>dist-web/</code>) and reload this page.</p>
<p>Desktop apps and the API at <code>${API_PREFIX}/</code> work without it.</p></body></html>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file under root that the URL names, or null if it escapes root. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root + sep) ? path : null;
}

function sendFile(reply: FastifyReply, path: string): FastifyReply {
  // Vite fingerprints everything under assets/, so those may be cached for good; index.html never.
  const immutable = path.includes(`${sep}assets${sep}`);
  return reply
    .type(TYPES[extname(path)] ?? 'application/octet-stream')
    .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .send(createReadStream(path));
}

export function webRoutes(app: FastifyInstance, webRoot: string | null): void {
  const root = webRoot ? normalize(webRoot) : null;
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (request.url.startsWith(`${API_PREFIX}/`) || request.url === API_PREFIX || !isPage) {
      return reply.code(404).send({
        error: {
          code: 'not_found',
          message: `There is no ${request.method} ${request.url.split('?')[0]} in this API.`,
        },
      });
    }
    const index = root ? join(root, 'index.html') : null;
    if (!root || !index || !(await isFile(index)))
      return reply.code(404).type('text/html; charset=utf-8').send(NOT_BUILT);
    const path = resolveInside(root, request.url);
    if (path && (await isFile(path))) return sendFile(reply, path);
    // A missing asset is a 404; any other path is a client-side route of the single-page app.
    if (path && extname(path)) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return sendFile(reply, index);
  });
}
