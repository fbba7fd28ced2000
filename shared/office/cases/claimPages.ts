import type { RxCollection } from 'rxdb';
import type { ClaimDoc } from '../../db';
import { readNow } from '../readNow';

/**
 * The office's live claims, a page at a time in client order (an index RxDB keeps), read as they
 * are now (readNow: they are read while a sync writes claims). A page ends before its last client,
 * whose claims all start the next page, so no claim is read twice or skipped; a client with more
 * claims than a page reads a bigger one.
 */
export async function* claimPages(collection: RxCollection<ClaimDoc>, pageSize = 2_000): AsyncIterable<ClaimDoc[]> {
  let from = '';
  let limit = pageSize;
  for (;;) {
    const documents = await readNow(
      collection.find({
        selector: { clientId: { $gte: from } },
        sort: [{ clientId: 'asc' }, { id: 'asc' }],
        limit,
        index: ['clientId', 'id'],
      }),
    );
    if (documents.length < limit) {
      yield documents;
      return;
    }
    const last = documents.at(-1)!.clientId;
    const whole = documents.filter((d) => d.clientId !== last);
    if (!whole.length) {
      limit *= 2;
      continue;
    }
    yield whole;
    from = last;
    limit = pageSize;
  }
}
