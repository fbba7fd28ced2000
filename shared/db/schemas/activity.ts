import type { RxJsonSchema } from 'rxdb';
import { importedFromSchema, statedTimesSchema, type StatedTimes } from './attestedTimes';

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'quote', 'booking', 'deal'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * One edition of a deal. Deals change (quoted → booked → paid) but activities never do, so each
 * change is a new `deal` activity with the same dealId; the deal is its latest edition by
 * (at, id). Two offline edits never clash, and the history shows who moved it when.
 */
export interface DealEdition {
  dealId: string;
  /** Usually the destination, e.g. "Antalya, 7 nights". */
  title: string;
  /** Calendar dates, YYYY-MM-DD ('' when not known yet). */
  travelStart: string;
  travelEnd: string;
  currency: string;
  /** Minor units (kopecks, cents): money is never a float. */
  amountMinor: number;
  marginMinor: number;
  status: 'inquiry' | 'quoted' | 'booked' | 'paid' | 'cancelled';
  /** The manager whose deal it is (gets 100% unless a case's split applies). */
  managerId: string;
  managerName: string;
}

/** An activity is a fact: written once by its author, never edited. */
export interface ActivityDoc {
  id: string;
  clientId: string;
  officeId: string;
  type: ActivityType;
  /** When it happened (may be in the past: a call logged afterwards). */
  at: number;
  authorId: string;
  authorName: string;
  note: string;
  createdAt: number;
  /** Only on type 'deal'. */
  deal?: DealEdition;
  /** Set by the endpoint only: `at`/`createdAt` as stated, where it stored clamped times (see ClientDoc). */
  statedAs?: StatedTimes;
  /** Where an admin's import took the activity from; its dates are then the source's. */
  importedFrom?: string;
}

export const activitySchema: RxJsonSchema<ActivityDoc> = {
  // 1: deal editions (type 'deal' and the optional `deal` field); 2: statedAs and importedFrom.
  // Older documents are valid as they are.
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    clientId: { type: 'string', maxLength: 64 },
    officeId: { type: 'string', maxLength: 64 },
    type: { type: 'string', enum: [...ACTIVITY_TYPES], maxLength: 16 },
    at: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    authorId: { type: 'string', maxLength: 64 },
    authorName: { type: 'string', maxLength: 200 },
    note: { type: 'string', maxLength: 10_000 },
    createdAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    deal: {
      type: 'object',
      properties: {
        dealId: { type: 'string', maxLength: 64 },
        title: { type: 'string', minLength: 1, maxLength: 200 },
        travelStart: { type: 'string', maxLength: 10 },
        travelEnd: { type: 'string', maxLength: 10 },
        currency: { type: 'string', enum: ['RUB', 'USD', 'EUR', 'JPY'] },
        amountMinor: { type: 'integer', minimum: 0, maximum: 1e14 },
        marginMinor: { type: 'integer', minimum: 0, maximum: 1e14 },
        status: { type: 'string', enum: ['inquiry', 'quoted', 'booked', 'paid', 'cancelled'] },
        managerId: { type: 'string', maxLength: 64 },
        managerName: { type: 'string', maxLength: 200 },
      },
      required: [
        'dealId',
        'title',
        'travelStart',
        'travelEnd',
        'currency',
        'amountMinor',
        'marginMinor',
        'status',
        'managerId',
        'managerName',
      ],
    },
    statedAs: statedTimesSchema,
    importedFrom: importedFromSchema,
  },
  required: ['id', 'clientId', 'officeId', 'type', 'at', 'authorId', 'authorName', 'note', 'createdAt'],
  indexes: [['clientId', 'at']],
};
