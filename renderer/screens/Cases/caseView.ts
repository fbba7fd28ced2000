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
