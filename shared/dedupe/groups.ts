// For people, per-key conflicts read better as groups: rows linked by any shared key
// (a phone here, an email there) are one probable client. Union–find over the conflicts.
import type { DedupeConflict } from './types';

export interface DuplicateGroup {
  /** Ascending. */
  rows: number[];
  /** The conflicts that link these rows, in report order. */
  conflicts: DedupeConflict[];
}

/** Groups ordered by their first row. */
export function duplicateGroups(conflicts: readonly DedupeConflict[]): DuplicateGroup[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = x; // path compression keeps long chains cheap
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb)); // smallest row is the root
  };
  for (const c of conflicts) {
    for (const r of c.rows) if (!parent.has(r)) parent.set(r, r);
    const first = c.rows[0];
    if (first !== undefined) for (const r of c.rows) union(first, r);
  }

  const groups = new Map<number, DuplicateGroup>();
  for (const r of [...parent.keys()].sort((a, b) => a - b)) {
    const root = find(r);
    const group = groups.get(root) ?? { rows: [], conflicts: [] };
    group.rows.push(r);
    groups.set(root, group);
  }
  for (const c of conflicts) {
    const first = c.rows[0];
    if (first !== undefined) groups.get(find(first))?.conflicts.push(c);
  }
  return [...groups.values()].sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
}
