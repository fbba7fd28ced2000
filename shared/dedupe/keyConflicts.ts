// Grouping rows by identity key: one conflict per key that two or more rows share.
import type { IdentityKind } from '../identity';
import type { DedupeConflict } from './types';

/** An identity key as a row gives it: its kind and its value, the key without "kind:". */
export interface RowKey {
  kind: IdentityKind;
  value: string;
}

const KIND_ORDER: Readonly<Record<IdentityKind, number>> = { phone: 0, email: 1, domain: 2 };

/** The values of one kind in the order rows gave them, and the row of each. */
interface Sightings {
  values: string[];
  rows: number[];
}

/**
 * The conflicts of a base, from its keys as its rows are read in order (numbered from 1); a key
 * repeated inside one row counts once. Keys are only noted while the rows are read, and matched
 * in one pass at the end: looking each up in a map of every value of the base, between the
 * parsing of two values, took about three times as long. Values are kept by kind, and the key
 * ("phone:+7…") is written only for a conflict.
 */
export class KeyConflicts {
  private readonly sightings: Readonly<Record<IdentityKind, Sightings>> = {
    phone: { values: [], rows: [] },
    email: { values: [], rows: [] },
    domain: { values: [], rows: [] },
  };

  /** `row` must not be below a row added before. */
  add(row: number, { kind, value }: RowKey): void {
    const sightings = this.sightings[kind];
    sightings.values.push(value);
    sightings.rows.push(row);
  }

  /**
   * Rows ascending; conflicts ordered by their first row, then phone before email before
   * domain, then by key, so the output is stable and reads top-down like the file.
   */
  sorted(): DedupeConflict[] {
    const found = [
      ...conflictsOf('phone', this.sightings.phone),
      ...conflictsOf('email', this.sightings.email),
      ...conflictsOf('domain', this.sightings.domain),
    ];
    return found.sort(
      (a, b) =>
        (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }
}

/**
 * Most values belong to one row only: just that row number is remembered, and a conflict is
 * built on the second sighting (a 100k base has ~300k keys, few shared).
 */
function conflictsOf(kind: IdentityKind, { values, rows }: Sightings): DedupeConflict[] {
  const byValue = new Map<string, number | DedupeConflict>();
  const found: DedupeConflict[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const row = rows[i] ?? 0;
    const seen = byValue.get(value);
    if (seen === undefined) {
      byValue.set(value, row);
    } else if (typeof seen === 'number') {
      if (seen === row) continue;
      const conflict: DedupeConflict = { kind, key: `${kind}:${value}`, rows: [seen, row] };
      byValue.set(value, conflict);
      found.push(conflict);
    } else if (seen.rows[seen.rows.length - 1] !== row) {
      seen.rows.push(row);
    }
  }
  return found;
}
