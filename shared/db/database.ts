import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxCollection, RxConflictHandler, RxDatabase, RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { activitySchema, type ActivityDoc } from './schemas/activity';
import { caseSchema, type CaseDoc } from './schemas/case';
import { caseEventSchema, type CaseEventDoc } from './schemas/caseEvent';
import { claimSchema, type ClaimDoc } from './schemas/claim';
import { clientSchema, type ClientDoc } from './schemas/client';
import { nameTokenSchema, type NameTokenDoc } from './schemas/nameToken';

addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);

/** Each version so far only added optional fields: older documents are valid as they are. */
const keep = <T>(doc: T): T => doc;
const unchangedTwice = { 1: keep, 2: keep };
const unchangedThrice = { ...unchangedTwice, 3: keep };

export interface ClaimdeskCollections {
  clients: RxCollection<ClientDoc>;
  activities: RxCollection<ActivityDoc>;
  claims: RxCollection<ClaimDoc>;
  nametokens: RxCollection<NameTokenDoc>;
  cases: RxCollection<CaseDoc>;
  caseevents: RxCollection<CaseEventDoc>;
}

export type ClaimdeskDatabase = RxDatabase<ClaimdeskCollections>;

/**
 * RxDB's free tier allows 13 open collections per process (not per database), so every
 * collection added here costs every office core that a test or tool opens in one process.
 */
export const COLLECTION_SCHEMAS = {
  clients: clientSchema,
  activities: activitySchema,
  claims: claimSchema,
  nametokens: nameTokenSchema,
  cases: caseSchema,
  caseevents: caseEventSchema,
} as const;

export interface OpenDatabaseOptions {
  name: string;
  storage: RxStorage<unknown, unknown>;
  /** Several tabs or windows on one database: true in browsers, false for a single Node process. */
  multiInstance: boolean;
  /** How two replicas' edits of one client are merged (the office core supplies it). */
  clientConflictHandler?: RxConflictHandler<ClientDoc>;
}

export async function openClaimdeskDatabase(options: OpenDatabaseOptions): Promise<ClaimdeskDatabase> {
  const db = await createRxDatabase<ClaimdeskCollections>({
    name: options.name,
    // No validating wrapper here: the CSP-safe validator (z-schema) costs milliseconds per
    // document, which a 100k-document sync cannot afford. Domain functions validate every write;
    // tests wrap the storage with RxDB's ajv validator to catch a domain function that slips.
    storage: options.storage,
    multiInstance: options.multiInstance,
    localDocuments: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections({
    clients: {
      schema: COLLECTION_SCHEMAS.clients,
      migrationStrategies: unchangedThrice,
      ...(options.clientConflictHandler ? { conflictHandler: options.clientConflictHandler } : {}),
    },
    activities: { schema: COLLECTION_SCHEMAS.activities, migrationStrategies: unchangedTwice },
    claims: { schema: COLLECTION_SCHEMAS.claims },
    nametokens: { schema: COLLECTION_SCHEMAS.nametokens },
    cases: { schema: COLLECTION_SCHEMAS.cases, migrationStrategies: unchangedTwice },
    caseevents: { schema: COLLECTION_SCHEMAS.caseevents, migrationStrategies: { 1: keep, 2: keep } },
  });
  return db;
}
