// Where the renderer is loaded from, and which URLs count as "our own pages".
import { pathToFileURL } from 'node:url';

export type RendererEntry = { kind: 'dev'; url: string } | { kind: 'file'; path: string; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Dev: electron-vite's dev server (ELECTRON_RENDERER_URL), honoured only when the app is
 * not packaged and only for a loopback http(s) URL, so the variable can never point a
 * shipped app (and its preload API) at a remote page. Otherwise the built index.html.
 */
export function resolveRendererEntry(opts: {
  devUrl: string | undefined;
  isPackaged: boolean;
  indexHtml: string;
}): RendererEntry {
  if (opts.devUrl && !opts.isPackaged) {
    let url: URL;
    try {
      url = new URL(opts.devUrl);
    } catch {
      throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${opts.devUrl}`);
    }
    if (!/^https?:$/.test(url.protocol) || !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new Error(
        `ELECTRON_RENDERER_URL must be a loopback http(s) URL (the electron-vite dev server), got ${opts.devUrl}`,
      );
    }
    return { kind: 'dev', url: url.href };
  }
  return { kind: 'file', path: opts.indexHtml, url: pathToFileURL(opts.indexHtml).href };
}

/**
 * True for URLs of the app's own pages: the dev server's origin, or exactly the built
 * index.html (any query/hash) — not any other file on disk.
 */
export function createAppUrlMatcher(entryUrl: string): (url: string) => boolean {
  const entry = new URL(entryUrl);
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (entry.protocol === 'file:') {
      return (
        url.protocol === 'file:' && url.host === entry.host && safeDecode(url.pathname) === safeDecode(entry.pathname)
      );
    }
    return url.origin === entry.origin;
  };
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
