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
}

export const clientSchema: RxJsonSchema<ClientDoc> = {
  // 1: handedOver; 2: statedAs and importedFrom. Older documents are valid as they are.
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    officeId: { type: 'string', maxLength: 64 },
    ownerId: { type: 'string', maxLength: 64 },
    ownerName: { type: 'string', maxLength: 200 },
    fullName: { type: 'string', minLength: 1, maxLength: 200 },
    sortName: { type: 'string', maxLength: 200 },
    phones: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { e164: { type: 'string', maxLength: 20 }, extension: { type: 'string', maxLength: 10 } },
        required: ['e164', 'extension'],
      },
    },
    emails: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 254 } },
    company: { type: 'string', maxLength: 200 },
    notes: { type: 'string', maxLength: 10_000 },
    identityKeys: { type: 'array', maxItems: 60, items: { type: 'string', maxLength: 300 } },
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
