import type { RxJsonSchema } from 'rxdb';
import type { ClaimDoc } from '../../cases/claimFact';

export type { ClaimDoc };

export const claimSchema: RxJsonSchema<ClaimDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    keyHash: { type: 'string', maxLength: 128 },
    kind: { type: 'string', enum: ['phone', 'email', 'domain'], maxLength: 8 },
    display: { type: 'string', maxLength: 300 },
    clientId: { type: 'string', maxLength: 64 },
    clientLabel: { type: 'string', maxLength: 200 },
    ownerId: { type: 'string', maxLength: 64 },
    ownerName: { type: 'string', maxLength: 200 },
    officeId: { type: 'string', maxLength: 64 },
    officeName: { type: 'string', maxLength: 200 },
    since: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    lastActivityAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
  },
  required: [
    'id',
    'keyHash',
    'kind',
    'display',
    'clientId',
    'clientLabel',
    'ownerId',
    'ownerName',
    'officeId',
    'officeName',
    'since',
    'lastActivityAt',
  ],
  indexes: [['keyHash', 'since'], 'clientId'],
};
