import type { RxJsonSchema } from 'rxdb';

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'quote', 'booking'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

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
}

export const activitySchema: RxJsonSchema<ActivityDoc> = {
  version: 0,
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
  },
  required: ['id', 'clientId', 'officeId', 'type', 'at', 'authorId', 'authorName', 'note', 'createdAt'],
  indexes: [['clientId', 'at']],
};
