// A side's manager sharing their notes on a case with the other side: recorded once per side, with
// who and when, and never taken back (the other office has read them by then).
import type { SessionUser } from '../../../shared/sync';
import type { NotesShared } from '../../../shared/sync';
import type { Side } from '../../../shared/workflow';
import type { SqlExecutor } from '../db/sqlStore';

/** The sides of the case that shared their notes. */
export async function sidesSharingNotes(db: SqlExecutor, caseId: string): Promise<Side[]> {
  const rows = await db.query<{ side: Side }>('select side from case_note_shares where case_id = $1', [caseId]);
  return rows.map((r) => r.side);
}

/** Records the sides as shared by `user` (a side shared before keeps its first record) and returns the records. */
export async function shareNotes(
  db: SqlExecutor,
  caseId: string,
  sides: readonly Side[],
  user: SessionUser,
  now: number,
): Promise<NotesShared> {
  for (const side of sides)
    await db.query(
      `insert into case_note_shares (case_id, side, shared_by_id, shared_by, shared_at) values ($1, $2, $3, $4, $5)
       on conflict (case_id, side) do nothing`,
      [caseId, side, user.id, user.name, now],
    );
  const rows = await db.query<{ side: Side; shared_by: string; shared_at: string | number }>(
    'select side, shared_by, shared_at from case_note_shares where case_id = $1 order by side desc',
    [caseId],
  );
  return {
    caseId,
    shared: rows
      .filter((r) => sides.includes(r.side))
      .map((r) => ({ side: r.side, sharedByName: r.shared_by, sharedAt: Number(r.shared_at) })),
  };
}
