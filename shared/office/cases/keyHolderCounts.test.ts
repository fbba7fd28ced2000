import { describe, expect, it } from 'vitest';
import { keyHolderCounts } from './keyHolderCounts';

const hash = (n: number) => `${n.toString(16).padStart(12, '0')}${'0'.repeat(52)}`;
async function* pages(...lists: { keyHash: string }[][]) {
  for (const list of lists) yield list;
}

describe('keyHolderCounts', () => {
  it('says every key may be shared until the existing claims are counted', async () => {
    const counts = keyHolderCounts();
    counts.count([{ keyHash: hash(1) }]);
    expect(counts.maybeShared([hash(1), hash(2)])).toEqual([hash(1), hash(2)]);
    await counts.countExisting(pages([]));
    expect(counts.maybeShared([hash(1), hash(2)])).toEqual([]);
  });

  it('finds a key held by an existing claim and by one just written, across pages', async () => {
    const counts = keyHolderCounts();
    await counts.countExisting(pages([{ keyHash: hash(1) }], [{ keyHash: hash(2) }, { keyHash: hash(3) }]));
    counts.count([{ keyHash: hash(2) }, { keyHash: hash(4) }, { keyHash: hash(4) }, { keyHash: hash(5) }]);
    expect(counts.maybeShared([hash(1), hash(2), hash(4), hash(5)])).toEqual([hash(2), hash(4)]);
  });

  it('never undercounts: a claim counted twice, or two keys alike in their first 48 bits, only cost a read', async () => {
    const counts = keyHolderCounts();
    const a = `abcdef012345${'0'.repeat(52)}`;
    const b = `abcdef012345${'f'.repeat(52)}`;
    counts.count([{ keyHash: a }]);
    await counts.countExisting(pages([{ keyHash: b }]));
    expect(counts.maybeShared([a, b])).toEqual([a, b]);
  });
});
