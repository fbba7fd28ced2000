import { normalizeMangoQuery, prepareQuery, type RxCollection, type RxDocumentData } from 'rxdb';
import type { ClaimDoc } from '../../db';

/**
 * The office's live claims straight from storage, a page at a time in client order (an index RxDB
 * keeps), without RxDocuments: they are only counted. A page ends before its last client, whose
 * claims all start the next page, so no claim is read twice or skipped; a client with more claims
 * than a page reads a bigger one.
 */
export async function* claimPages(
  collection: RxCollection<ClaimDoc>,
  pageSize = 2_000,
): AsyncIterable<RxDocumentData<ClaimDoc>[]> {
  const schema = collection.schema.jsonSchema;
  let from = '';
  let limit = pageSize;
  for (;;) {
    const query = normalizeMangoQuery<RxDocumentData<ClaimDoc>>(schema, {
      selector: { _deleted: { $eq: false }, clientId: { $gte: from } },
      sort: [{ clientId: 'asc' }, { id: 'asc' }],
      limit,
      index: ['_deleted', 'clientId', 'id'],
    });
    const { documents } = await collection.storageInstance.query(prepareQuery(schema, query));
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
