import type { RxJsonSchema } from 'rxdb';
import type { MergeLoss } from '../../merge/threeWayMerge';
import { importedFromSchema, statedTimesSchema, type StatedTimes } from './attestedTimes';

export interface StoredPhone {
  e164: string;
  extension: string;
}

/** A client as the office stores it; only validated, normalised values are ever written. */
export interface ClientDoc {
  id: string;
  officeId: string;
  ownerId: string;
  ownerName: string;
  fullName: string;
  /** Lower-cased name for alphabetical lists (IndexedDB sorts by code unit). */
  sortName: string;
  phones: StoredPhone[];
  emails: string[];
  company: string;
  notes: string;
  /** Identity keys derived from phones and emails; kept on the document so a deleted phone can release its claim. */
  identityKeys: string[];
  householdId: string;
  createdAt: number;
  updatedAt: number;
  lastActivityAt: number;
  /** Values that lost a same-field clash between two offices' edits: kept, never silently dropped. */
  mergeHistory: MergeLoss[];
  /**
   * Set when a case's agreement or decision gave this client to the other manager: the record
   * stays (history, activities) but holds no claims any more, so ownership moves with them.
   */
  handedOver?: { caseId: string; toManagerId: string; toManagerName: string; toOfficeName: string; at: number };
  /**
   * Set by the endpoint only: the times the workstation stated where the endpoint could not believe
   * them (before the session could have been offline, or in the future) and stored a clamped time.
   */
  statedAs?: StatedTimes;
  /** Where an admin's import took the client from; its dates are then the source's, as given. */
  importedFrom?: string;
  /** The same manager's other records of this person, kept apart on purpose (both stay in the book). */
  linkedWith?: string[];
  /** Records merged into this one, oldest first; each keeps what this record was before it, for the undo. */
  absorbed?: AbsorbedClient[];
  /** Set on a record merged into another: hidden from the book, holding no claims, kept for the undo. */
  mergedInto?: { clientId: string; at: number };
}

/** What a merge changed on the surviving record: restored exactly when the merge is undone. */
export type MergeSnapshot = Pick<
  ClientDoc,
  'phones' | 'emails' | 'notes' | 'company' | 'identityKeys' | 'lastActivityAt'
>;

export interface AbsorbedClient {
  clientId: string;
  at: number;
  before: MergeSnapshot;
}

const phonesSchema = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    properties: { e164: { type: 'string', maxLength: 20 }, extension: { type: 'string', maxLength: 10 } },
    required: ['e164', 'extension'],
  },
} as const;
const emailsSchema = { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 254 } } as const;
const notesSchema = { type: 'string', maxLength: 10_000 } as const;
const companySchema = { type: 'string', maxLength: 200 } as const;
const identityKeysSchema = { type: 'array', maxItems: 60, items: { type: 'string', maxLength: 300 } } as const;
const timeSchema = { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 } as const;
const idSchema = { type: 'string', maxLength: 64 } as const;

/** How many records one client may absorb or be linked with. */
export const SAME_PERSON_LIMIT = 20;

export const clientSchema: RxJsonSchema<ClientDoc> = {
  // 1: handedOver; 2: statedAs and importedFrom; 3: linkedWith, absorbed, mergedInto. Older documents are valid as they are.
  version: 3,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    officeId: { type: 'string', maxLength: 64 },
    ownerId: { type: 'string', maxLength: 64 },
    ownerName: { type: 'string', maxLength: 200 },
    fullName: { type: 'string', minLength: 1, maxLength: 200 },
    sortName: { type: 'string', maxLength: 200 },
    phones: phonesSchema,
    emails: emailsSchema,
    company: companySchema,
    notes: notesSchema,
    identityKeys: identityKeysSchema,
    householdId: { type: 'string', maxLength: 64 },
    createdAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    updatedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    lastActivityAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    mergeHistory: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', maxLength: 64 },
          value: { type: 'string', maxLength: 20_000 },
          at: { type: 'number', minimum: 0, maximum: 1e15 },
        },
        required: ['field', 'value', 'at'],
      },
    },
    handedOver: {
      type: 'object',
      properties: {
        caseId: { type: 'string', maxLength: 200 },
        toManagerId: { type: 'string', maxLength: 64 },
        toManagerName: { type: 'string', maxLength: 200 },
        toOfficeName: { type: 'string', maxLength: 200 },
        at: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
      },
      required: ['caseId', 'toManagerId', 'toManagerName', 'toOfficeName', 'at'],
    },
    statedAs: statedTimesSchema,
    importedFrom: importedFromSchema,
    linkedWith: { type: 'array', maxItems: SAME_PERSON_LIMIT, items: idSchema },
    absorbed: {
      type: 'array',
      maxItems: SAME_PERSON_LIMIT,
      items: {
        type: 'object',
        properties: {
          clientId: idSchema,
          at: timeSchema,
          before: {
            type: 'object',
            properties: {
              phones: phonesSchema,
              emails: emailsSchema,
              notes: notesSchema,
              company: companySchema,
              identityKeys: identityKeysSchema,
              lastActivityAt: timeSchema,
            },
            required: ['phones', 'emails', 'notes', 'company', 'identityKeys', 'lastActivityAt'],
          },
        },
        required: ['clientId', 'at', 'before'],
      },
    },
    mergedInto: {
      type: 'object',
      properties: { clientId: idSchema, at: timeSchema },
      required: ['clientId', 'at'],
    },
  },
  required: [
    'id',
    'officeId',
    'ownerId',
    'ownerName',
    'fullName',
    'sortName',
    'phones',
    'emails',
    'company',
    'notes',
    'identityKeys',
    'householdId',
    'createdAt',
    'updatedAt',
    'lastActivityAt',
    'mergeHistory',
  ],
  indexes: ['sortName', 'updatedAt', ['householdId', 'sortName']],
};
