// Grouping rows by identity key: one conflict per key that two or more rows share.
import type { IdentityKey, IdentityKind } from '../identity';
import type { DedupeConflict } from './types';

/**
 * A key as a check keeps it for its row: without the display the app's UI shows, which the
 * report never does; the rows of a base hold hundreds of thousands of keys for the whole check.
 */
export type RowKey = Pick<IdentityKey, 'kind' | 'key'>;

const KIND_ORDER: Readonly<Record<IdentityKind, number>> = { phone: 0, email: 1, domain: 2 };

/**
 * rowKeys[i] are the keys of row i + 1. Rows come out ascending (we walk them in order
 * and skip a key repeated inside one row). Conflicts are ordered by their first row,
 * then phone before email before domain, then by key, so the output is stable and
 * reads top-down like the file.
 */
export function keyConflicts(rowKeys: readonly (readonly RowKey[])[]): DedupeConflict[] {
  // Most keys belong to one row only: remember just that row number, and build a
  // conflict object on the second sighting (a 100k base has ~300k keys, few shared).
  const byKey = new Map<string, number | DedupeConflict>();
  const conflicts: DedupeConflict[] = [];
  rowKeys.forEach((keys, index) => {
    const row = index + 1;
    for (const k of keys) {
      const seen = byKey.get(k.key);
      if (seen === undefined) {
        byKey.set(k.key, row);
      } else if (typeof seen === 'number') {
        if (seen === row) continue;
        const conflict: DedupeConflict = { kind: k.kind, key: k.key, rows: [seen, row] };
        byKey.set(k.key, conflict);
        conflicts.push(conflict);
      } else if (seen.rows[seen.rows.length - 1] !== row) {
        seen.rows.push(row);
      }
    }
  });
  conflicts.sort(
    (a, b) =>
      (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return conflicts;
}
