// The endpoint's tables, referenced ones before those that reference them (foreign keys), read from
// the database's own catalog so a table added by a later migration is backed up without a change here.
import type { SqlExecutor } from '../db/sqlStore';

const NOT_BACKED_UP = new Set(['schema_migrations']);

export async function tablesInDependencyOrder(db: SqlExecutor): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((t) => t.name)
    .filter((name) => !NOT_BACKED_UP.has(name));
  const references = await db.query<{ child: string; parent: string }>(
    `select cc.relname as child, pc.relname as parent from pg_constraint c
     join pg_class cc on cc.oid = c.conrelid join pg_class pc on pc.oid = c.confrelid
     where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>): void => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const r of references) if (r.child === table && r.parent !== table) visit(r.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered.filter((t) => tables.includes(t));
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
