/**
 * Which keys of a batch of changed claims another local claim may hold: only those need reading
 * back from the database before detection compares them. In IndexedDB every read is a transaction
 * of its own, and a first sync's batch of 1,000 clients brings about 3,000 keys, nearly all held
 * by that one client alone; reading each took a fresh office minutes per 20,000 clients.
 *
 * The counts never fall below the truth (a key counted too often only costs a read): claims are
 * counted as they are written and as the office's existing claims are read in, a claim seen both
 * ways counts twice, and a released claim is never uncounted. Until the existing claims are read
 * in, every key may be shared. A key is counted by the first 12 hex digits of its hash (48 bits):
 * two keys sharing them only cost a read, and a number per key keeps 100k clients' keys in a few MB.
 */
export interface KeyHolderCounts {
  /** Counts claims the office just wrote; call before detection looks at them. */
  count(claims: readonly { keyHash: string }[]): void;
  /** Counts the office's existing claims, read in pages; the counts are trusted once this is done. */
  countExisting(pages: AsyncIterable<readonly { keyHash: string }[]>): Promise<void>;
  /** The keys among these that another claim of the office may hold (all of them until the existing claims are counted). */
  maybeShared(keyHashes: readonly string[]): string[];
}

const keyOf = (keyHash: string): number => Number.parseInt(keyHash.slice(0, 12), 16);

export function keyHolderCounts(): KeyHolderCounts {
  const counts = new Map<number, number>();
  let complete = false;
  const add = (claims: readonly { keyHash: string }[]) => {
    for (const { keyHash } of claims) {
      const key = keyOf(keyHash);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  return {
    count: add,
    async countExisting(pages) {
      for await (const page of pages) add(page);
      complete = true;
    },
    maybeShared(keyHashes) {
      if (!complete) return [...keyHashes];
      // The changed claim itself is counted: another holder makes two.
      return keyHashes.filter((keyHash) => (counts.get(keyOf(keyHash)) ?? 0) > 1);
    },
  };
}
