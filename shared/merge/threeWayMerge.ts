/** A value that lost a same-field clash, kept so nothing typed is silently dropped. */
export interface MergeLoss {
  field: string;
  /** The losing value, JSON-encoded (fields differ in type). */
  value: string;
  /** When the losing side wrote it. */
  at: number;
}

export interface MergeableDoc {
  updatedAt: number;
  mergeHistory: MergeLoss[];
  _deleted?: boolean;
}

/** Fields that are never merged field-by-field: the merge computes them itself. */
const BOOKKEEPING = new Set(['updatedAt', 'mergeHistory']);
const HISTORY_LIMIT = 50;

/**
 * Two offices edited one document while apart. Per field: a side that did not change it
 * takes the other's value; when both changed it to different values, the later write wins
 * (ties broken by value, so every replica picks the same) and the loser goes to mergeHistory.
 */
export function threeWayMerge<T extends MergeableDoc>(base: T | undefined, mine: T, theirs: T): T {
  const baseRecord = (base ?? {}) as Record<string, unknown>;
  const mineRecord = mine as unknown as Record<string, unknown>;
  const theirsRecord = theirs as unknown as Record<string, unknown>;
  const mineWinsTies = compareWriters(mine, theirs) > 0;
  const merged: Record<string, unknown> = {};
  const losses: MergeLoss[] = [];
  const fields = new Set([...Object.keys(mineRecord), ...Object.keys(theirsRecord)]);
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const b = baseRecord[field];
    const m = mineRecord[field];
    const t = theirsRecord[field];
    if (same(m, t)) merged[field] = m;
    else if (base && same(m, b)) merged[field] = t;
    else if (base && same(t, b)) merged[field] = m;
    else {
      const [winner, loser, loserAt] = mineWinsTies ? [m, t, theirs.updatedAt] : [t, m, mine.updatedAt];
      merged[field] = winner;
      if (loser !== undefined && field !== '_deleted')
        losses.push({ field, value: JSON.stringify(loser), at: loserAt });
    }
  }
  merged.updatedAt = Math.max(mine.updatedAt, theirs.updatedAt);
  merged.mergeHistory = unionHistory([...(theirs.mergeHistory ?? []), ...(mine.mergeHistory ?? []), ...losses]);
  return merged as unknown as T;
}

function compareWriters(a: MergeableDoc, b: MergeableDoc): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  const ja = stableJson(a);
  const jb = stableJson(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

function unionHistory(entries: MergeLoss[]): MergeLoss[] {
  const seen = new Set<string>();
  const out: MergeLoss[] = [];
  for (const e of entries) {
    const k = `${e.field}\u0000${e.value}\u0000${e.at}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out.sort((a, b) => a.at - b.at || a.field.localeCompare(b.field)).slice(-HISTORY_LIMIT);
}

export function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with sorted object keys: equal documents give equal strings whatever their key order. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          )
        : v,
    ) ?? 'undefined'
  );
}
