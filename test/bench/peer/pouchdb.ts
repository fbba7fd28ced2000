import { createRequire } from 'node:module';

/**
 * PouchDB 9 with its memory, http and replication plugins, and the part of its API the peer calls.
 * @types/pouchdb-core declares a global Buffer interface that merges with @types/node's and breaks
 * every Buffer elsewhere in the test project's typecheck (apache/pouchdb#8544): PouchDB is loaded
 * through require, which TypeScript does not follow, and typed here instead.
 */

export interface PouchDocument {
  _id: string;
}

export interface PouchDatabase<T extends PouchDocument> {
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  put(doc: T): Promise<{ ok: boolean; id: string; rev: string }>;
  /** One result per document, in order: `{ok, id, rev}` or `{error, reason}`. */
  bulkDocs(docs: T[]): Promise<{ ok?: boolean; id?: string; error?: string; reason?: string }[]>;
  changes(options: { live: true; since: number | string }): PouchChanges;
  sync(remote: PouchDatabase<T>, options: { live: boolean; retry: boolean }): PouchSync;
  destroy(): Promise<unknown>;
}

export interface PouchChanges {
  on(event: 'change', listener: (change: { id: string }) => void): PouchChanges;
  cancel(): void;
}

/** A two-way sync: 'paused' once both directions wait, 'complete' once both have ended. */
export interface PouchSync {
  on(event: 'error' | 'denied', listener: (error: unknown) => void): PouchSync;
  once(event: 'paused' | 'complete', listener: () => void): PouchSync;
  cancel(): void;
}

export interface PouchStatic {
  new <T extends PouchDocument>(name: string, options?: { adapter?: 'memory' }): PouchDatabase<T>;
  defaults(options: { adapter?: 'memory'; prefix?: string }): PouchStatic;
  replicate<T extends PouchDocument>(
    source: PouchDatabase<T>,
    target: PouchDatabase<T>,
    options: { batch_size: number },
  ): Promise<{ ok: boolean; docs_written: number }>;
}

interface Pluggable {
  plugin(plugin: unknown): Pluggable;
}

let loaded: PouchStatic | undefined;

/**
 * Loads PouchDB on first call, so a bench whose peer cannot load fails at the peer's stage and
 * keeps the figures measured before it. Plugins install on PouchDB's own class, once per process.
 * The memory adapter registers as the preferred local one and URLs pick the http adapter, so with
 * the constructor returned, `new P(name)` is a memory database and `new P(url)` a remote one.
 */
export function loadPouchDB(): PouchStatic {
  if (!loaded) {
    const load = createRequire(import.meta.url);
    loaded = (load('pouchdb-core') as Pluggable)
      .plugin(load('pouchdb-adapter-memory'))
      .plugin(load('pouchdb-adapter-http'))
      .plugin(load('pouchdb-replication')) as unknown as PouchStatic;
  }
  return loaded;
}
