// The {collection} path segment of the sync routes.
import { isSyncCollection, SYNC_COLLECTION_NAMES, type SyncCollectionName } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';

export function collectionParam(name: string): SyncCollectionName {
  if (!isSyncCollection(name)) {
    throw new ApiFailure(
      404,
      'unknown_collection',
      `There is no replicated collection "${name}"; the endpoint replicates ${SYNC_COLLECTION_NAMES.join(', ')}.`,
    );
  }
  return name;
}
