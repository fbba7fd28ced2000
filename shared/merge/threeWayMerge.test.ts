import { describe, expect, it } from 'vitest';
import { threeWayMerge, type MergeableDoc } from './threeWayMerge';

interface Doc extends MergeableDoc {
  id: string;
  fullName: string;
  company: string;
  phones: string[];
  notes: string;
}

const base: Doc = {
  id: 'c1',
  fullName: 'Иванов Пётр',
  company: '',
  phones: ['+79161234567'],
  notes: '',
  updatedAt: 100,
  mergeHistory: [],
};

describe('threeWayMerge', () => {
  it('takes each side’s change when they touched different fields', () => {
    const mine = { ...base, company: 'Romashka', updatedAt: 200 };
    const theirs = { ...base, phones: ['+79161234567', '+79031112233'], updatedAt: 150 };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      ...base,
      company: 'Romashka',
      phones: ['+79161234567', '+79031112233'],
      updatedAt: 200,
      mergeHistory: [],
    });
  });

  it('lets the later write win a same-field clash and keeps the losing value', () => {
    const mine = { ...base, notes: 'wants Antalya', updatedAt: 300 };
    const theirs = { ...base, notes: 'wants Sochi', updatedAt: 200 };
    const merged = threeWayMerge(base, mine, theirs);
    expect(merged.notes).toBe('wants Antalya');
    expect(merged.mergeHistory).toEqual([{ field: 'notes', value: '"wants Sochi"', at: 200 }]);
  });

  it('gives the same result on both replicas, whichever side resolves it', () => {
    const a = { ...base, notes: 'A', updatedAt: 200 };
    const b = { ...base, notes: 'B', updatedAt: 200 };
    const one = threeWayMerge(base, a, b);
    const other = threeWayMerge(base, b, a);
    expect(one).toEqual(other);
    expect(one.mergeHistory).toHaveLength(1);
  });

  it('keeps the history of both sides and does not repeat entries', () => {
    const mine = { ...base, notes: 'x', updatedAt: 300, mergeHistory: [{ field: 'company', value: '"Old"', at: 50 }] };
    const theirs = {
      ...base,
      notes: 'y',
      updatedAt: 200,
      mergeHistory: [{ field: 'company', value: '"Old"', at: 50 }],
    };
    expect(threeWayMerge(base, mine, theirs).mergeHistory).toEqual([
      { field: 'company', value: '"Old"', at: 50 },
      { field: 'notes', value: '"y"', at: 200 },
    ]);
  });

  it('treats every differing field as a clash when there is no common base', () => {
    const mine = { ...base, company: 'A', updatedAt: 100 };
    const theirs = { ...base, company: 'B', updatedAt: 500 };
    const merged = threeWayMerge(undefined, mine, theirs);
    expect(merged.company).toBe('B');
    expect(merged.mergeHistory).toEqual([{ field: 'company', value: '"A"', at: 100 }]);
  });

  it('ignores key order when comparing values', () => {
    const withObj = (o: object) => ({ ...base, meta: o }) as Doc & { meta: object };
    const merged = threeWayMerge(withObj({ a: 1, b: 2 }), withObj({ b: 2, a: 1 }), {
      ...withObj({ a: 1, b: 2 }),
      notes: 'n',
      updatedAt: 150,
    });
    expect(merged.notes).toBe('n');
    expect(merged.mergeHistory).toEqual([]);
  });
});
