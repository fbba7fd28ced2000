// express-pouchdb ships no types: this declares the one call the bench peer makes (lib/index.js).
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';

  interface ExpressPouchDBOptions {
    /** Which parts to mount; 'minimumForPouchDB' has no config, log or Fauxton part. */
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    overrideMode?: { include?: string[]; exclude?: string[] };
    /** Where 'fullCouchDB' keeps its config and log files (./config.json, ./log.txt by default). */
    configPath?: string;
    logPath?: string;
    /** Keeps 'fullCouchDB''s config in memory instead of configPath. */
    inMemoryConfig?: boolean;
  }

  /**
   * An express app serving the CouchDB HTTP API over the databases of the PouchDB constructor it
   * is given (told apart from options by its `defaults` method).
   */
  function expressPouchDB(
    PouchDB: { defaults(options: object): unknown },
    options?: ExpressPouchDBOptions,
  ): RequestListener;
  export = expressPouchDB;
}
