// The free desk: the next manager of an office by rotation. Fair over a day: whoever has had the
// fewest turns today goes first, then whoever waited longest, then a fixed order (user id) so
// every process and every retry picks the same person from the same state.
import type { DeskPerson, DeskTurns } from './routingFacts';

const NO_TURNS: DeskTurns = { turnsToday: 0, lastTurnAt: 0 };
const STATUS_ORDER = { available: 0, busy: 1, away: 2 } as const;

function byTurn(turns: ReadonlyMap<string, DeskTurns>) {
  return (a: DeskPerson, b: DeskPerson): number => {
    const ta = turns.get(a.userId) ?? NO_TURNS;
    const tb = turns.get(b.userId) ?? NO_TURNS;
    return (
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      ta.turnsToday - tb.turnsToday ||
      ta.lastTurnAt - tb.lastTurnAt ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
    );
  };
}

export interface DeskPick {
  person: DeskPerson;
  /** False when nobody was free and the request fell to someone busy-less: a lead or an away person. */
  free: boolean;
}

/**
 * Managers who are available, then busy ones; away managers are skipped. With no manager at the
 * desk, the office's leads take it; with nobody present at all, whoever of the office is least
 * loaded (the request must land somewhere a person will see it). Null: the office has nobody.
 */
export function pickFromDesk(
  officeId: string,
  people: ReadonlyMap<string, DeskPerson>,
  turns: ReadonlyMap<string, DeskTurns>,
  exceptUserId: string | null = null,
): DeskPick | null {
  const office = [...people.values()].filter((p) => p.officeId === officeId && p.userId !== exceptUserId);
  const order = byTurn(turns);
  const managers = office.filter((p) => p.role === 'manager' && p.status !== 'away').sort(order);
  if (managers[0]) return { person: managers[0], free: true };
  const leads = office.filter((p) => p.role === 'lead' && p.status !== 'away').sort(order);
  if (leads[0]) return { person: leads[0], free: false };
  const anyone = office.filter((p) => p.role !== 'admin').sort(order);
  const fallback = anyone[0] ?? office.sort(order)[0];
  return fallback ? { person: fallback, free: false } : null;
}
