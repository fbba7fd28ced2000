import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadPouchDB, type PouchDatabase, type PouchDocument } from './pouchdb';

/**
 * The CouchDB-protocol peer the sync benches compare against: PouchDB 9 clients replicating with
 * pouchdb-server's HTTP layer (express-pouchdb), everything in memory and in this process, as
 * Claimdesk's benches run their endpoint beside their office cores.
 */

export interface PouchPeer {
  /** The server's root, http://127.0.0.1:<port>. */
  readonly url: string;
  /**
   * Creates `name` on the server over HTTP (so express-pouchdb lists it) and returns the server's
   * own handle on it: seeding through it costs no HTTP round trips and is not what a bench times.
   */
  serverDb<T extends PouchDocument>(name: string): Promise<PouchDatabase<T>>;
  /** A client's handle on a server database, over HTTP. */
  remote<T extends PouchDocument>(name: string): PouchDatabase<T>;
  /** A fresh client-side memory database, named so no other client in this process shares it. */
  local<T extends PouchDocument>(label: string): PouchDatabase<T>;
  /** Stops the server, cuts its open (long-poll) connections and drops every database it made. */
  close(): Promise<void>;
}

/**
 * Starts express-pouchdb on 127.0.0.1 at a free port. 'minimumForPouchDB' mounts the routes
 * replication needs and none of the config, log or Fauxton parts, so nothing is written to disk.
 */
export async function startPouchPeer(): Promise<PouchPeer> {
  const Pouch = loadPouchDB();
  // Imported here rather than at the top for the same reason PouchDB loads late (see loadPouchDB).
  const { default: expressPouchDB } = await import('express-pouchdb');
  // memdown keeps every store in one process-wide map by name, and express-pouchdb installs
  // pouchdb-all-dbs on the class it is given: a prefix of its own keeps this peer's databases,
  // and its list of them, apart from any other peer or client in the process.
  const ServerPouch = Pouch.defaults({ adapter: 'memory', prefix: `pouch-peer-${randomUUID()}-` });
  const app = expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' });
  const server = createServer(app);
  await listen(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const made: { destroy(): Promise<unknown> }[] = [];

  return {
    url,
    async serverDb<T extends PouchDocument>(name: string) {
      const reply = await fetch(`${url}/${encodeURIComponent(name)}`, { method: 'PUT' });
      if (reply.status !== 201) throw new Error(`pouchdb-server: PUT /${name} answered ${reply.status}`);
      const db = new ServerPouch<T>(name);
      made.push(db);
      return db;
    },
    remote<T extends PouchDocument>(name: string) {
      return new Pouch<T>(`${url}/${encodeURIComponent(name)}`);
    },
    local<T extends PouchDocument>(label: string) {
      const db = new Pouch<T>(`pouch-client-${label}-${randomUUID()}`, { adapter: 'memory' });
      made.push(db);
      return db;
    },
    async close() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // A long-poll request still open (a live sync left running by a failure) would hold close().
      server.closeAllConnections();
      await closed;
      await Promise.all(made.map((db) => db.destroy()));
    },
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`pouchdb-server could not listen: ${error.message}`)));
    server.listen(0, '127.0.0.1', resolve);
  });
}
