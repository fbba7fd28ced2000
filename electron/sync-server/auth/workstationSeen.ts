// Keeps what each session's workstation last said of itself (shared/sync/workstationReport) and
// when it was last in sync: an answered pull, or a live stream still open (it receives every change
// as it is written; its heartbeat says so). The row is rewritten at most every REWRITE_MS per
// session, or sooner when its unsent changes change, so health costs a sync almost nothing.
import { readWorkstationReport } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

const REWRITE_MS = 15_000;
/** Sessions remembered per process; the oldest are forgotten first (they are only rewritten sooner). */
const REMEMBERED = 10_000;

interface Written {
  at: number;
  pending: number | undefined;
}

export interface WorkstationSeen {
  /** This session was in sync at `now`: a pull answered, or its live stream's heartbeat, with these request headers. */
  inSync(tokenHash: string, headers: Record<string, string | string[] | undefined>, now: number): Promise<void>;
}

export function workstationSeen(db: SqlExecutor): WorkstationSeen {
  const written = new Map<string, Written>();
  return {
    async inSync(tokenHash, headers, now) {
      const report = readWorkstationReport(headers);
      const last = written.get(tokenHash);
      const samePending = report.pending === undefined || report.pending === last?.pending;
      if (last && now - last.at < REWRITE_MS && samePending) return;
      written.delete(tokenHash);
      written.set(tokenHash, { at: now, pending: report.pending ?? last?.pending });
      if (written.size > REMEMBERED) written.delete(written.keys().next().value!);
      await db.query(
        `update auth_tokens
            set last_sync_at = greatest(coalesce(last_sync_at, 0), $2),
                app_version = coalesce($3, app_version),
                workstation_kind = coalesce($4, workstation_kind),
                workstation_system = coalesce($5, workstation_system),
                pending_changes = coalesce($6, pending_changes)
          where token_hash = $1`,
        [tokenHash, now, report.app ?? null, report.kind ?? null, report.system ?? null, report.pending ?? null],
      );
    },
  };
}
