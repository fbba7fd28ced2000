// What happens to each person of an import, given who in the agency already holds their phones
// and emails (the endpoint's import check). The defaults never give one person two owners
// silently: a colleague's client is left to the colleague; another office's is imported, and the
// endpoint then opens a case for the two managers, as for any duplicate.
import type { ClaimsLookupMatch, ImportCheckResult } from '../sync';
import type { ImportGroup, ImportOwner } from './importPlan';

export type ImportStanding =
  /** Nobody in the agency holds any of its phones or emails. */
  | 'new'
  /** Written by an earlier run of this import (same file, same rows). */
  | 'alreadyImported'
  /** The chosen owner already has this person. */
  | 'ownerHas'
  /** Another manager of the same office has this person. */
  | 'colleague'
  /** A manager of another office has this person. */
  | 'otherOffice'
  /** Neither a name nor a phone or email. */
  | 'invalid';

export const COLLEAGUE_CHOICES = ['skip', 'import'] as const;
export const OTHER_OFFICE_CHOICES = ['case', 'skip'] as const;
export type ColleagueChoice = (typeof COLLEAGUE_CHOICES)[number];
export type OtherOfficeChoice = (typeof OTHER_OFFICE_CHOICES)[number];

export interface ImportChoices {
  colleague: ColleagueChoice;
  otherOffice: OtherOfficeChoice;
}

export const DEFAULT_IMPORT_CHOICES: ImportChoices = { colleague: 'skip', otherOffice: 'case' };

export interface ImportDecision {
  group: ImportGroup;
  standing: ImportStanding;
  /** The earliest holders found (other than this import's own earlier writes). */
  holders: ClaimsLookupMatch[];
  write: boolean;
}

export function decideImport(
  groups: readonly ImportGroup[],
  results: readonly ImportCheckResult[],
  owner: ImportOwner,
  choices: ImportChoices,
): ImportDecision[] {
  const byKey = new Map(results.map((r) => [r.key, r.matches]));
  return groups.map((group) => {
    if (!group.doc) return { group, standing: 'invalid', holders: [], write: false };
    const ownId = group.doc.id;
    const found = group.keys.flatMap((key) => byKey.get(key) ?? []);
    const holders = uniqueClients(found.filter((m) => m.clientId !== ownId));
    const standing = standingOf(found.length > holders.length, holders, owner);
    return { group, standing, holders, write: writes(standing, choices) };
  });
}

function standingOf(writtenBefore: boolean, holders: readonly ClaimsLookupMatch[], owner: ImportOwner): ImportStanding {
  if (writtenBefore) return 'alreadyImported';
  if (holders.some((h) => h.ownerId === owner.ownerId)) return 'ownerHas';
  if (holders.some((h) => h.officeId === owner.officeId)) return 'colleague';
  return holders.length ? 'otherOffice' : 'new';
}

function writes(standing: ImportStanding, choices: ImportChoices): boolean {
  if (standing === 'new') return true;
  if (standing === 'colleague') return choices.colleague === 'import';
  if (standing === 'otherOffice') return choices.otherOffice === 'case';
  return false;
}

function uniqueClients(matches: readonly ClaimsLookupMatch[]): ClaimsLookupMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.clientId) && seen.add(m.clientId));
}
