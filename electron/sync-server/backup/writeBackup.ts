// Writes a consistent backup of the running endpoint's database to a file: one read-only,
// repeatable-read transaction, so the file is the database as of one moment while pushes go on.
// The rows go to a file first rather than straight to the client, so a slow download never holds
// the transaction (on PGlite, the endpoint's only connection) open.
import { open } from 'node:fs/promises';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backupFormat';
import { quoteIdent, tablesInDependencyOrder } from './tableOrder';

const BATCH = 500;

async function schemaVersion(db: SqlExecutor): Promise<number> {
  const rows = await db.query<{ version: number | null }>('select max(version) as version from schema_migrations');
  return rows[0]?.version ?? 0;
}

export async function writeBackup(store: SqlStore, file: string, now: Date): Promise<Record<string, number>> {
  const out = await open(file, 'wx');
  try {
    return await store.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read, read only');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: await schemaVersion(tx),
        database: store.kind,
        createdAt: now.toISOString(),
      };
      await out.write(`${JSON.stringify(header)}\n`);
      const counts: Record<string, number> = {};
      for (const table of await tablesInDependencyOrder(tx)) {
        counts[table] = 0;
        await tx.query(
          `declare backup_rows no scroll cursor for select row_to_json(t)::text as row from ${quoteIdent(table)} t`,
        );
        for (;;) {
          const rows = await tx.query<{ row: string }>(`fetch ${BATCH} from backup_rows`);
          if (!rows.length) break;
          counts[table] += rows.length;
          await out.write(`{"table":${JSON.stringify(table)},"rows":[${rows.map((r) => r.row).join(',')}]}\n`);
        }
        await tx.query('close backup_rows');
      }
      const sequences = await tx.query<{ sequence: string; lastValue: string | null }>(
        `select sequencename as sequence, last_value::text as "lastValue" from pg_sequences
         where schemaname = current_schema() order by sequencename`,
      );
      for (const s of sequences) await out.write(`${JSON.stringify(s)}\n`);
      await out.write(`${JSON.stringify({ end: true, tables: counts })}\n`);
      await out.sync();
      return counts;
    });
  } finally {
    await out.close();
  }
}
