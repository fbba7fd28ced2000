// The health tab's grouping: each office with its people's sessions and pushes and its computers, in
// the office list's order, people without an office (admins) last; and whether the endpoint's clock is off.
import type { AccountActivity, EndpointHealth, Office, WorkstationHealth } from '../../../shared/sync';

export interface OfficeActivity {
  /** null: people of no office. */
  office: Office | null;
  people: AccountActivity[];
  /** Its signed-in computers, newest sync first. */
  workstations: WorkstationHealth[];
  /** The latest push of anyone in the office; null when none pushed in an open session. */
  lastPushAt: number | null;
}

export function activityByOffice(health: EndpointHealth, offices: readonly Office[]): OfficeActivity[] {
  const known = new Set(offices.map((o) => o.id));
  const groups: OfficeActivity[] = [...offices, null].map((office) => {
    const inGroup = (officeId: string | null) =>
      office ? officeId === office.id : officeId === null || !known.has(officeId);
    const people = health.people.filter((p) => inGroup(p.officeId));
    const workstations = health.workstations.filter((w) => inGroup(w.officeId));
    const pushes = people.flatMap((p) => (p.lastPushAt === null ? [] : [p.lastPushAt]));
    return { office, people, workstations, lastPushAt: pushes.length ? Math.max(...pushes) : null };
  });
  return groups.filter((g) => g.office !== null || g.people.length > 0 || g.workstations.length > 0);
}

/** Beyond this, times the workstations state are clamped by the endpoint (10 minutes ahead). */
const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** How far the endpoint's clock is from this computer's, when it matters (ms; + ahead). */
export function clockOffset(health: EndpointHealth, localNow: number): number | null {
  const offset = health.now - localNow;
  return Math.abs(offset) > CLOCK_TOLERANCE_MS ? offset : null;
}
