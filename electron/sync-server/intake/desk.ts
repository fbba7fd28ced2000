// The free desk's board: who of an office is available, busy or away, and how many turns each has
// had today. A person sets their own status; a lead sets it for people of their office.
import type { DeskBoard, DeskStatusChange, SessionUser } from '../../../shared/sync';
import type { SqlStore } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { activePeople, deskTurns } from './routingFactsAt';

export async function deskBoard(store: SqlStore, officeId: string, now: number): Promise<DeskBoard> {
  const people = [...(await activePeople(store)).values()].filter((p) => p.officeId === officeId);
  const turns = await deskTurns(
    store,
    people.map((p) => p.userId),
    now,
  );
  return {
    officeId,
    people: people
      .map((p) => ({
        userId: p.userId,
        name: p.name,
        role: p.role,
        status: p.status,
        turnsToday: turns.get(p.userId)?.turnsToday ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru')),
  };
}

export async function setDeskStatus(
  store: SqlStore,
  user: SessionUser,
  change: DeskStatusChange,
  now: number,
): Promise<DeskBoard> {
  const targetId = change.userId ?? user.id;
  const rows = await store.query<{ office_id: string | null }>('select office_id from active_users where id = $1', [
    targetId,
  ]);
  const target = rows[0];
  if (!target?.office_id)
    throw new ApiFailure(400, 'validation_failed', 'There is no active person of an office with that id.', [
      { field: 'userId', message: 'There is no active person of an office with that id.' },
    ]);
  const allowed =
    targetId === user.id || user.role === 'admin' || (user.role === 'lead' && user.officeId === target.office_id);
  if (!allowed)
    throw new ApiFailure(403, 'forbidden', "Only the person, their office's lead or an admin sets their status.");
  await store.query(
    `insert into desk_status (user_id, status, set_by, set_at) values ($1, $2, $3, $4)
     on conflict (user_id) do update set status = excluded.status, set_by = excluded.set_by, set_at = excluded.set_at`,
    [targetId, change.status, user.id, now],
  );
  return deskBoard(store, target.office_id, now);
}
