import { describe, expect, it } from 'vitest';
import { pagesAround } from './pageWindow';

describe('pages around the rows in view', () => {
  it('reads the pages in view and one on each side, never past the book', () => {
    expect(pagesAround(0, 0, 2_000).load).toEqual([0, 1]);
    expect(pagesAround(5, 6, 2_000).load).toEqual([4, 5, 6, 7]);
    expect(pagesAround(19, 19, 2_000).load).toEqual([18, 19]);
    expect(pagesAround(0, 0, 30).load).toEqual([0]);
  });

  it('keeps pages near the view and lets far ones go', () => {
    const { keep } = pagesAround(50, 51, 100_000);
    expect(keep(45)).toBe(true);
    expect(keep(61)).toBe(true);
    expect(keep(10)).toBe(false);
    expect(keep(90)).toBe(false);
  });
});
