import { describe, expect, it } from 'vitest';
import { duplicateGroups } from './groups';
import type { DedupeConflict } from './types';

const c = (key: string, rows: number[]): DedupeConflict => ({ kind: 'phone', key, rows });

describe('duplicateGroups', () => {
  it('links rows through any shared key', () => {
    const groups = duplicateGroups([c('phone:1', [2, 5]), c('phone:2', [5, 9]), c('phone:3', [1, 3])]);
    expect(groups.map((g) => g.rows)).toEqual([
      [1, 3],
      [2, 5, 9],
    ]);
    expect(groups[1]?.conflicts.map((x) => x.key)).toEqual(['phone:1', 'phone:2']);
  });

  it('merges chains that meet late', () => {
    const groups = duplicateGroups([c('a', [7, 8]), c('b', [3, 4]), c('c', [4, 8])]);
    expect(groups.map((g) => g.rows)).toEqual([[3, 4, 7, 8]]);
  });

  it('is empty without conflicts', () => {
    expect(duplicateGroups([])).toEqual([]);
  });
});
