// SqlStore on a PostgreSQL server: a pg Pool for queries and one dedicated connection for LISTEN.
import pg from 'pg';
import type { SqlExecutor, SqlStore } from './sqlStore';

type Queryable = Pick<pg.PoolClient, 'query'>;

function executor(client: Queryable): SqlExecutor {
  return {
    query: async <Row>(text: string, params?: readonly unknown[]) =>
      (await client.query(text, params ? [...params] : undefined)).rows as Row[],
    exec: async (sql: string) => void (await client.query(sql)),
  };
}

const RELISTEN_DELAY_MS = 500;

export async function openPgStore(connectionString: string, onListenError: (error: Error) => void): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', onListenError);
  const release = await pool.connect();
  release.release();
  let closed = false;
  const listeners = new Set<pg.Client>();

  return {
    kind: 'postgres',
    ...executor(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await fn(executor(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: destroy it instead of reusing it.
        client.release(broken);
      }
    },
    listen: async (channel, onPayload, onReset) => {
      let current: pg.Client | undefined;
      const connect = async (isReconnect: boolean): Promise<void> => {
        if (closed) return;
        const client = new pg.Client({ connectionString });
        client.on('notification', (m) => m.channel === channel && onPayload(m.payload ?? ''));
        client.on('error', (error) => {
          onListenError(error);
          listeners.delete(client);
          client.end().catch(() => undefined);
          if (current === client) void reconnect();
        });
        await client.connect();
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
        current = client;
        listeners.add(client);
        // Anything notified while we were not listening is gone: subscribers must re-pull.
        if (isReconnect) onReset();
      };
      const reconnect = async (): Promise<void> => {
        current = undefined;
        while (!closed) {
          await new Promise((resolve) => setTimeout(resolve, RELISTEN_DELAY_MS));
          try {
            return await connect(true);
          } catch (error) {
            onListenError(error as Error);
          }
        }
      };
      await connect(false);
      return async () => {
        const client = current;
        current = undefined;
        if (client) {
          listeners.delete(client);
          await client.end();
        }
      };
    },
    close: async () => {
      closed = true;
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
