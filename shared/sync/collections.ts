// The collections the sync endpoint replicates, and the write and visibility rules that hold for each.
import type { RxJsonSchema } from 'rxdb';
import { activitySchema, type ActivityDoc } from '../db/schemas/activity';
import { caseSchema, type CaseDoc } from '../db/schemas/case';
import { claimSchema, type ClaimDoc } from '../db/schemas/claim';
import { clientSchema, type ClientDoc } from '../db/schemas/client';
import { caseEventSchema, type CaseEventDoc } from '../db/schemas/caseEvent';
import { requestSchema, type RequestDoc } from '../db/schemas/request';

/**
 * Name tokens are not replicated: they never leave the office (names are not shared agency-wide).
 * Claims and cases are derived by the endpoint when clients are pushed; offices only pull them.
 * An office pulls its own office's claims only: other offices' are answered key by key, for keys
 * a person typed, by the budgeted look-up (claimsLookup.ts).
 */
export interface SyncCollectionDocs {
  clients: ClientDoc;
  activities: ActivityDoc;
  claims: ClaimDoc;
  cases: CaseDoc;
  caseevents: CaseEventDoc;
  requests: RequestDoc;
}

export type SyncCollectionName = keyof SyncCollectionDocs;

/** The collections offices write; the others are the endpoint's (see `serverOwned`). */
export type PushableCollectionName = 'clients' | 'activities' | 'caseevents';

/**
 * Who pulls (and streams) a collection's documents:
 * - `office`: users of the document's `officeId` (admins: all);
 * - `offices`: users of any office in the document's `officeIds` (admins: all).
 * Nothing is agency-wide: pulled claims of every office let a manager with the hashing secret
 * recover another office's phone numbers by trying every number.
 */
export type SyncVisibility = 'office' | 'offices';

export interface SyncCollectionRules {
  // RxDB schemas are generic over the document type; the endpoint only needs them as data.
  schema: RxJsonSchema<never>;
  /** Fields a push may never change once the document exists on the server. */
  immutableFields: readonly string[];
  visibility: SyncVisibility;
  /** Written by the endpoint only: every push to it is refused. */
  serverOwned: boolean;
}

export const SYNC_COLLECTIONS: Readonly<Record<SyncCollectionName, SyncCollectionRules>> = {
  // The office a client belongs to decides who may see it; moving it would leak or hide it silently.
  clients: {
    schema: clientSchema as RxJsonSchema<never>,
    immutableFields: ['officeId'],
    visibility: 'office',
    serverOwned: false,
  },
  // Activities are facts (docs/architecture.md: append-only): they may be tombstoned, never rewritten.
  activities: {
    schema: activitySchema as RxJsonSchema<never>,
    immutableFields: Object.keys(activitySchema.properties),
    visibility: 'office',
    serverOwned: false,
  },
  // The index "key → client, owner, office": hashed keys and masked displays only; each office pulls its own.
  claims: { schema: claimSchema as RxJsonSchema<never>, immutableFields: [], visibility: 'office', serverOwned: true },
  // Duplicate-client cases opened at push; seen by both parties' offices.
  cases: { schema: caseSchema as RxJsonSchema<never>, immutableFields: [], visibility: 'offices', serverOwned: true },
  // Steps of resolving a case (append-only, like activities); the endpoint also checks each one
  // against the workflow (shared/workflow checkStep) before it is stored.
  caseevents: {
    schema: caseEventSchema as RxJsonSchema<never>,
    immutableFields: Object.keys(caseEventSchema.properties),
    visibility: 'offices',
    serverOwned: false,
  },
  // Incoming requests and where they went (shared/routing): written by the endpoint when it routes
  // one or its state changes; seen by the office that took it and the assignee's office.
  requests: {
    schema: requestSchema as RxJsonSchema<never>,
    immutableFields: [],
    visibility: 'offices',
    serverOwned: true,
  },
};

export const SYNC_COLLECTION_NAMES = Object.keys(SYNC_COLLECTIONS) as SyncCollectionName[];

/** The collections an office may push. */
export const PUSHABLE_COLLECTION_NAMES = SYNC_COLLECTION_NAMES.filter(
  (name): name is PushableCollectionName => !SYNC_COLLECTIONS[name].serverOwned,
);

export function isSyncCollection(name: string): name is SyncCollectionName {
  return Object.prototype.hasOwnProperty.call(SYNC_COLLECTIONS, name);
}
