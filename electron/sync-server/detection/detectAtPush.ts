// The endpoint's half of detection, run as the push hook of clients.
//
// Claims and cases are derived from pushed clients inside the push's own transaction, so a client
// never commits without its claims (and the cases they reveal), and a crash rolls back all three.
import type { SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { deriveClaims } from './deriveClaims';
import type { ClaimsDeriver } from './detectionSettings';
import { openCasesAtPush } from './openCases';

/**
 * Brings the claims of the given (just written) clients up to date and, in 'on' mode, opens the
 * cases their new or changed claims reveal. Must run in the transaction that wrote the clients,
 * after they were written. `causedBy` is the pushing user's id; `firstStored`, the clients the
 * endpoint did not hold before this write (they hold no claims yet).
 */
export async function detectAtPush(
  tx: SqlExecutor,
  settings: ClaimsDeriver,
  clients: readonly SyncDocument<'clients'>[],
  causedBy: string,
  now: number,
  firstStored: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (settings.mode === 'off' || !clients.length) return;
  const changed = await deriveClaims(tx, settings.hashKey, clients, now, firstStored);
  if (settings.mode !== 'on' || !changed.length) return;
  await openCasesAtPush(tx, changed, causedBy, now, settings.recommend);
}
