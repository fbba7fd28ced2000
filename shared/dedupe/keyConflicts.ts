// Grouping rows by identity key: one conflict per key that two or more rows share.
import type { IdentityKind } from '../identity';
import type { DedupeConflict } from './types';

/** An identity key as a row gives it: its kind and its value, the key without "kind:". */
export interface RowKey {
  kind: IdentityKind;
  value: string;
}

const KIND_ORDER: Readonly<Record<IdentityKind, number>> = { phone: 0, email: 1, domain: 2 };

/**
 * The conflicts of a base, gathered key by key as its rows are read in order (numbered from 1);
 * a key repeated inside one row counts once. Nothing is kept per row: most keys belong to one
 * row only, so just that row number is remembered, and a conflict is built on the second
 * sighting (a 100k base has ~300k keys, few shared). Values are kept by kind, and the key
 * ("phone:+7…") is written only for a conflict: a key string for every value was one more
 * string made, hashed and kept per value.
 */
export class KeyConflicts {
  private readonly byValue: Readonly<Record<IdentityKind, Map<string, number | DedupeConflict>>> = {
    phone: new Map(),
    email: new Map(),
    domain: new Map(),
  };
  private readonly found: DedupeConflict[] = [];

  /** `row` must not be below a row added before. */
  add(row: number, { kind, value }: RowKey): void {
    const byValue = this.byValue[kind];
    const seen = byValue.get(value);
    if (seen === undefined) {
      byValue.set(value, row);
    } else if (typeof seen === 'number') {
      if (seen === row) return;
      const conflict: DedupeConflict = { kind, key: `${kind}:${value}`, rows: [seen, row] };
      byValue.set(value, conflict);
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
