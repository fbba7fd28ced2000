// The collections the sync endpoint replicates, and the write rules that hold for each.
import type { RxJsonSchema } from 'rxdb';
import { activitySchema, type ActivityDoc } from '../db/schemas/activity';
import { clientSchema, type ClientDoc } from '../db/schemas/client';

/**
 * Claims and name tokens are not replicated: claims will be derived by the server (next issue),
 * name tokens never leave the office (names are not shared agency-wide).
 */
export interface SyncCollectionDocs {
  clients: ClientDoc;
  activities: ActivityDoc;
}

export type SyncCollectionName = keyof SyncCollectionDocs;

export interface SyncCollectionRules {
  // RxDB schemas are generic over the document type; the endpoint only needs them as data.
  schema: RxJsonSchema<never>;
  /** Fields a push may never change once the document exists on the server. */
  immutableFields: readonly string[];
}

export const SYNC_COLLECTIONS: Readonly<Record<SyncCollectionName, SyncCollectionRules>> = {
  // The office a client belongs to decides who may see it; moving it would leak or hide it silently.
  clients: { schema: clientSchema as RxJsonSchema<never>, immutableFields: ['officeId'] },
  // Activities are facts (ARCHITECTURE.md: append-only): they may be tombstoned, never rewritten.
  activities: { schema: activitySchema as RxJsonSchema<never>, immutableFields: Object.keys(activitySchema.properties) },
};

export const SYNC_COLLECTION_NAMES = Object.keys(SYNC_COLLECTIONS) as SyncCollectionName[];

export function isSyncCollection(name: string): name is SyncCollectionName {
  return Object.prototype.hasOwnProperty.call(SYNC_COLLECTIONS, name);
}
