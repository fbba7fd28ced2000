// Restores a backup (backupFormat.ts) into an empty store: the schema as the backup knew it, then
// every row in one transaction (all or nothing), then the migrations added since the backup.
import { migrate, MIGRATIONS } from '../db/migrations';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import {
  BACKUP_FORMAT_VERSION,
  isBackupHeader,
  type BackupHeader,
  type BackupLine,
  type BackupRows,
  type BackupSequence,
} from './backupFormat';
import { quoteIdent, tablesInDependencyOrder } from './tableOrder';

/** The backup cannot be restored here; the message says why. */
export class RestoreRefused extends Error {}

const LATEST_SCHEMA = Math.max(...MIGRATIONS.map((m) => m.version));

async function isEmpty(store: SqlStore): Promise<boolean> {
  const [users] = await store.query<{ users: string | null }>(`select to_regclass('users')::text as users`);
  if (!users?.users) return true;
  const rows = await store.query('select 1 from users union all select 1 from documents limit 1');
  return rows.length === 0;
}

function parse(line: string, at: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreRefused(`line ${at} of the backup is not JSON: the file is damaged.`);
  }
}

async function insertRows(tx: SqlExecutor, tables: readonly string[], line: BackupRows): Promise<void> {
  if (!tables.includes(line.table)) throw new RestoreRefused(`the backup has a table "${line.table}" unknown here.`);
  const table = quoteIdent(line.table);
  await tx.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1::json)`, [
    JSON.stringify(line.rows),
  ]);
}

async function setSequence(tx: SqlExecutor, line: BackupSequence): Promise<void> {
  if (line.lastValue === null) return;
  await tx.query('select setval($1::regclass, $2::bigint)', [quoteIdent(line.sequence), line.lastValue]);
}

export async function restoreBackup(
  store: SqlStore,
  lines: AsyncIterable<string>,
): Promise<{ header: BackupHeader; tables: Record<string, number> }> {
  const reader = lines[Symbol.asyncIterator]();
  const first = await reader.next();
  const header = first.done ? null : parse(first.value, 1);
  if (!isBackupHeader(header)) throw new RestoreRefused('this file is not a Claimdesk backup.');
  if (header.formatVersion > BACKUP_FORMAT_VERSION || header.schemaVersion > LATEST_SCHEMA)
    throw new RestoreRefused('this backup was made by a newer Claimdesk: restore it with that version or a later one.');
  if (!(await isEmpty(store)))
    throw new RestoreRefused('the target already holds accounts or documents: restore into an empty store.');

  await migrate(
    store,
    MIGRATIONS.filter((m) => m.version <= header.schemaVersion),
  );
  const tables = await store.transaction(async (tx) => {
    const known = await tablesInDependencyOrder(tx);
    // Migrations may have written rows of their own (the agency's key secret): the backup's replace them.
    for (const table of [...known].reverse()) await tx.query(`delete from ${quoteIdent(table)}`);
    const counts: Record<string, number> = {};
    let at = 1;
    for (;;) {
      const next = await reader.next();
      if (next.done) throw new RestoreRefused('the backup ends early (no end line): the file is incomplete.');
      at += 1;
      if (!next.value.trim()) continue;
      const line = parse(next.value, at) as BackupLine;
      if ('table' in line) {
        await insertRows(tx, known, line);
        counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
      } else if ('sequence' in line) await setSequence(tx, line);
      else if ('end' in line) {
        const missing = Object.entries(line.tables).filter(([table, n]) => (counts[table] ?? 0) !== n);
        if (missing.length)
          throw new RestoreRefused(`the backup's row counts do not match (${missing.map(([t]) => t).join(', ')}).`);
        return counts;
      }
    }
  });
  await migrate(store);
  return { header, tables };
}
