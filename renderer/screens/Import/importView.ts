// What the import screen shows of a checked import: counts by what happens to each person, the
// rows a person should look at, the time left while writing, and the report as a table to save.
import type { ImportDecision, ImportStanding } from '../../../shared/clientImport';

export const STANDINGS: readonly ImportStanding[] = [
  'new',
  'otherOffice',
  'colleague',
  'ownerHas',
  'alreadyImported',
  'invalid',
];

export function standingCounts(decisions: readonly ImportDecision[]): Record<ImportStanding, number> {
  const counts = Object.fromEntries(STANDINGS.map((s) => [s, 0])) as Record<ImportStanding, number>;
  for (const d of decisions) counts[d.standing]++;
  return counts;
}

/** People worth a look before importing: anyone the agency has, merged rows, unreadable values. */
export function decisionsToReview(decisions: readonly ImportDecision[]): ImportDecision[] {
  return decisions.filter((d) => d.standing !== 'new' || d.group.rows.length > 1 || d.group.problems.length > 0);
}

/** Time left by the pace so far; null until there is a pace to go by. */
export function timeLeftMs(startedAt: number, now: number, done: number, total: number): number | null {
  if (done <= 0 || now <= startedAt) return null;
  return Math.round(((now - startedAt) / done) * (total - done));
}

export interface ReportWords {
  header: readonly string[];
  action(decision: ImportDecision): string;
  standing(standing: ImportStanding): string;
  holder(holder: ImportDecision['holders'][number]): string;
  problem(problem: ImportDecision['group']['problems'][number]): string;
}

/** One record per person of the file, in the screen's language. */
export function reportRecords(decisions: readonly ImportDecision[], words: ReportWords): string[][] {
  return [
    [...words.header],
    ...decisions.map((d) => [
      d.group.rows.join(', '),
      d.group.doc?.fullName ?? '',
      words.action(d),
      words.standing(d.standing),
      d.holders.map(words.holder).join('; '),
      d.group.problems.map(words.problem).join('; '),
    ]),
  ];
}
