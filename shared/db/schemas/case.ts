import type { RxJsonSchema } from 'rxdb';
import type { CaseDoc, CaseRecommendation } from '../../cases/caseRecord';

export type { CaseDoc, CaseRecommendation };

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
  // 1: recommendation; 2: company notices (kind, company) and superseded cases (status,
  // supersededBy). Older documents are valid as they are: every new field is optional.
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 400 },
    kind: { type: 'string', enum: ['company'], maxLength: 16 },
    // Both parties' offices, and on a company notice those of the managers it lists.
    officeIds: { type: 'array', minItems: 1, maxItems: 7, items: { type: 'string', maxLength: 64 } },
    owner: party,
    newcomer: party,
    matched: {
      type: 'array',
      minItems: 1,
      maxItems: 60,
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['phone', 'email', 'domain'] },
          display: { type: 'string', maxLength: 300 },
        },
        required: ['kind', 'display'],
      },
    },
    company: {
      type: 'object',
      properties: {
        domain: { type: 'string', maxLength: 300 },
        managers: {
          type: 'array',
          minItems: 1,
          maxItems: 5,
          items: {
            type: 'object',
            properties: {
              managerId: { type: 'string', maxLength: 64 },
              managerName: { type: 'string', maxLength: 200 },
              officeId: { type: 'string', maxLength: 64 },
              officeName: { type: 'string', maxLength: 200 },
              clients: { type: 'integer', minimum: 1, maximum: 1e9 },
            },
            required: ['managerId', 'managerName', 'officeId', 'officeName', 'clients'],
          },
        },
      },
      required: ['domain', 'managers'],
    },
    detectedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    detectedWhere: { type: 'string', enum: ['beforeSave', 'endpoint', 'officeSync'], maxLength: 16 },
    causedBy: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['open', 'superseded'], maxLength: 16 },
    supersededBy: { type: 'string', maxLength: 400 },
    updatedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    recommendation: {
      type: 'object',
      properties: {
        outcome: {
          type: 'object',
          properties: {
            type: {
              type: 'string',
              enum: ['stayWithOwner', 'moveToNewcomer', 'splitFirstOrder', 'negotiate', 'leadDecides', 'notifyOnly'],
            },
            owner: { type: 'integer', minimum: 0, maximum: 100 },
            newcomer: { type: 'integer', minimum: 0, maximum: 100 },
            deadlineHours: { type: 'integer', minimum: 1, maximum: 10_000 },
          },
          required: ['type'],
        },
        ruleId: { type: 'string', maxLength: 64 },
        ruleName: { type: 'string', maxLength: 200 },
        ruleNumber: { type: 'integer', minimum: 0, maximum: 1000 },
        explanation: { type: 'string', maxLength: 4000 },
        reasons: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            // params: JSON text of the translation parameters (RxDB schemas want declared keys).
            properties: {
              condition: { type: 'string', maxLength: 64 },
              text: { type: 'string', maxLength: 1000 },
              params: { type: 'string', maxLength: 2000 },
            },
            required: ['condition', 'text', 'params'],
          },
        },
        regulationsVersion: { type: 'integer', minimum: 0, maximum: 1e9 },
        evaluatedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
      },
      required: [
        'outcome',
        'ruleId',
        'ruleName',
        'ruleNumber',
        'explanation',
        'reasons',
        'regulationsVersion',
        'evaluatedAt',
      ],
    },
  },
  required: [
    'id',
    'officeIds',
    'owner',
    'newcomer',
    'matched',
    'detectedAt',
    'detectedWhere',
    'causedBy',
    'status',
    'updatedAt',
  ],
  indexes: ['updatedAt', 'detectedAt'],
};
