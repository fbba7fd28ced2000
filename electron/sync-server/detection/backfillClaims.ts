import type { SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { detectAtPush } from './detectAtPush';
import type { ClaimsDeriver } from './detectionSettings';

/**
 * Every live client, a page at a time, through detection as if just pushed: claims (and cases)
 * for clients stored before the index existed. The endpoint itself is the cause.
 */
export async function backfillClaims(tx: SqlExecutor, settings: ClaimsDeriver, now: number): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await tx.query<{ data: Omit<SyncDocument<'clients'>, '_deleted'>; seq: number }>(
      `select data, seq::float8 as seq from documents where collection = 'clients' and not deleted and seq > $1 order by seq limit 1000`,
      [after],
    );
    if (!page.length) return;
    await detectAtPush(
      tx,
      settings,
      page.map((r) => ({ ...r.data, _deleted: false }) as SyncDocument<'clients'>),
      'endpoint',
      now,
    );
    after = page[page.length - 1]!.seq;
  }
}
