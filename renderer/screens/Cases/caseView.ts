import type { CaseDoc } from '../../../shared/db';
import type { CaseParty } from '../../../shared/cases/detectedCase';

export interface Viewer {
  userId: string;
  officeId: string;
}

/** A case concerns me when I am one of the managers, or one of the offices is mine. */
export function involves(c: Pick<CaseDoc, 'owner' | 'newcomer' | 'officeIds'>, viewer: Viewer): boolean {
  return (
    c.owner.managerId === viewer.userId ||
    c.newcomer.managerId === viewer.userId ||
    c.officeIds.includes(viewer.officeId) ||
    c.owner.officeId === viewer.officeId ||
    c.newcomer.officeId === viewer.officeId
  );
}

/** My side of the case (me first, then my office), and the other side; null when I am neither. */
export function sides(
  c: Pick<CaseDoc, 'owner' | 'newcomer'>,
  viewer: Viewer,
): { mine: CaseParty; other: CaseParty } | null {
  if (c.newcomer.managerId === viewer.userId) return { mine: c.newcomer, other: c.owner };
  if (c.owner.managerId === viewer.userId) return { mine: c.owner, other: c.newcomer };
  if (c.newcomer.officeId === viewer.officeId && c.owner.officeId !== viewer.officeId)
    return { mine: c.newcomer, other: c.owner };
  if (c.owner.officeId === viewer.officeId) return { mine: c.owner, other: c.newcomer };
  return null;
}

/** The name to list a case under: how my side entered the client, else the first owner's. */
export function caseLabel(c: Pick<CaseDoc, 'owner' | 'newcomer'>, viewer: Viewer): string {
  return sides(c, viewer)?.mine.clientLabel ?? c.owner.clientLabel;
}

/** Newest first; ties by id so the order never jumps. */
export function sortCases<T extends Pick<CaseDoc, 'detectedAt' | 'id'>>(cases: readonly T[]): T[] {
  return [...cases].sort((a, b) => b.detectedAt - a.detectedAt || a.id.localeCompare(b.id));
}

/** Which offices a case is between: "inside" one office, or a pair (ids sorted, so both orders meet). */
export interface OfficePair {
  key: string;
  /** Office names in the key's order; one name for a case inside an office. */
  names: string[];
}

export function officePairOf(c: Pick<CaseDoc, 'owner' | 'newcomer'>): OfficePair {
  const parties = [c.owner, c.newcomer].sort((a, b) => a.officeId.localeCompare(b.officeId));
  const [a, b] = parties as [CaseParty, CaseParty];
  return a.officeId === b.officeId
    ? { key: a.officeId, names: [a.officeName] }
    : { key: `${a.officeId}|${b.officeId}`, names: [a.officeName, b.officeName] };
}

/** The office filter: every case, those inside my office, or those between one pair of offices. */
export type OfficeFilter = { kind: 'all' } | { kind: 'myOffice' } | { kind: 'pair'; key: string };

export function matchesOffice(
  c: Pick<CaseDoc, 'owner' | 'newcomer'>,
  filter: OfficeFilter,
  myOfficeId: string,
): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'myOffice') return c.owner.officeId === myOfficeId && c.newcomer.officeId === myOfficeId;
  return officePairOf(c).key === filter.key;
}

/** The distinct office pairs of these cases, in the order of their names: the office filter's choices. */
export function officePairs(cases: readonly Pick<CaseDoc, 'owner' | 'newcomer'>[]): OfficePair[] {
  const pairs = new Map<string, OfficePair>();
  for (const c of cases) {
    const pair = officePairOf(c);
    if (!pairs.has(pair.key)) pairs.set(pair.key, pair);
  }
  return [...pairs.values()].sort((a, b) => a.names.join(' ').localeCompare(b.names.join(' ')));
}

/**
 * Rows grouped so that cases about the same client stand together: each group where its newest
 * member stands in `rows` (already newest first), members in that order. `size` counts every
 * sibling, also those a filter hides.
 */
export function groupSiblings<T extends { doc: { id: string }; siblingIds: readonly string[] }>(
  rows: readonly T[],
): Array<{ key: string; size: number; rows: T[] }> {
  const groups = new Map<string, { key: string; size: number; rows: T[] }>();
  for (const row of rows) {
    const key = [row.doc.id, ...row.siblingIds].sort()[0]!;
    const group = groups.get(key) ?? { key, size: row.siblingIds.length + 1, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
