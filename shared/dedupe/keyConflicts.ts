// Grouping rows by identity key: one conflict per key that two or more rows share.
import type { IdentityKey, IdentityKind } from '../identity';
import type { DedupeConflict } from './types';

/** A key as a row gives it: the report never shows the display the app's UI does. */
export type RowKey = Pick<IdentityKey, 'kind' | 'key'>;

const KIND_ORDER: Readonly<Record<IdentityKind, number>> = { phone: 0, email: 1, domain: 2 };

/**
 * The conflicts of a base, gathered key by key as its rows are read in order (numbered from 1);
 * a key repeated inside one row counts once. Nothing is kept per row: most keys belong to one
 * row only, so just that row number is remembered, and a conflict is built on the second
 * sighting (a 100k base has ~300k keys, few shared).
 */
export class KeyConflicts {
  private readonly byKey = new Map<string, number | DedupeConflict>();
  private readonly found: DedupeConflict[] = [];

  /** `row` must not be below a row added before. */
  add(row: number, key: RowKey): void {
    const seen = this.byKey.get(key.key);
    if (seen === undefined) {
      this.byKey.set(key.key, row);
    } else if (typeof seen === 'number') {
      if (seen === row) return;
      const conflict: DedupeConflict = { kind: key.kind, key: key.key, rows: [seen, row] };
      this.byKey.set(key.key, conflict);
      this.found.push(conflict);
    } else if (seen.rows[seen.rows.length - 1] !== row) {
      seen.rows.push(row);
    }
  }

  /**
   * Rows ascending; conflicts ordered by their first row, then phone before email before
   * domain, then by key, so the output is stable and reads top-down like the file.
   */
  sorted(): DedupeConflict[] {
    return [...this.found].sort(
      (a, b) =>
        (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }
}
