import type { RxJsonSchema } from 'rxdb';
import type { CaseParty } from '../../cases/detectCases';
import type { DetectionPoint } from '../../notify/notificationRules';

/**
 * A duplicate-client case: two managers hold one client. Its id comes from the pair of
 * clients, so the endpoint and the offices that find it independently converge on one document.
 */
export interface CaseDoc {
  id: string;
  /** The offices of both parties (one when both are in the same office): who may see the case. */
  officeIds: string[];
  owner: CaseParty;
  newcomer: CaseParty;
  matched: Array<{ kind: 'phone' | 'email' | 'domain'; display: string }>;
  detectedAt: number;
  detectedWhere: DetectionPoint;
  /** The user whose save or push revealed the duplicate. */
  causedBy: string;
  status: 'open';
  updatedAt: number;
}

const party = {
  type: 'object',
  properties: {
    clientId: { type: 'string', maxLength: 64 },
    clientLabel: { type: 'string', maxLength: 200 },
    managerId: { type: 'string', maxLength: 64 },
    managerName: { type: 'string', maxLength: 200 },
    officeId: { type: 'string', maxLength: 64 },
    officeName: { type: 'string', maxLength: 200 },
    since: { type: 'number', minimum: 0, maximum: 1e15 },
  },
  required: ['clientId', 'clientLabel', 'managerId', 'managerName', 'officeId', 'officeName', 'since'],
} as const;

export const caseSchema: RxJsonSchema<CaseDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    officeIds: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', maxLength: 64 } },
    owner: party,
    newcomer: party,
    matched: {
      type: 'array',
      minItems: 1,
      maxItems: 60,
      items: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['phone', 'email', 'domain'] }, display: { type: 'string', maxLength: 300 } },
        required: ['kind', 'display'],
      },
    },
    detectedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    detectedWhere: { type: 'string', enum: ['beforeSave', 'endpoint', 'officeSync'], maxLength: 16 },
    causedBy: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['open'], maxLength: 16 },
    updatedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
  },
  required: ['id', 'officeIds', 'owner', 'newcomer', 'matched', 'detectedAt', 'detectedWhere', 'causedBy', 'status', 'updatedAt'],
  indexes: ['updatedAt', 'detectedAt'],
};
