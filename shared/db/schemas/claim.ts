import type { RxJsonSchema } from 'rxdb';
import type { IdentityKind } from '../../identity';

/**
 * One identity key held by one client: the agency-wide index "key → client, owner, office, since".
 * It carries a keyed hash and a masked display, never the raw phone or email, so it can be
 * shared with other offices without handing over the client base.
 */
export interface ClaimDoc {
  /** `${keyHash}|${clientId}`: a key held by several clients has one claim each; the earliest is the owner. */
  id: string;
  keyHash: string;
  kind: IdentityKind;
  display: string;
  clientId: string;
  /** "Ivanov P." — enough to recognise, not a full record. */
  clientLabel: string;
  ownerId: string;
  ownerName: string;
  officeId: string;
  officeName: string;
  since: number;
  lastActivityAt: number;
}

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
