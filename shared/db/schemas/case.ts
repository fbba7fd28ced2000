import type { RxJsonSchema } from 'rxdb';
import type { DetectedCase, DetectionPoint } from '../../cases/detectedCase';

/**
 * A duplicate-client case: two managers hold one client. Its id comes from the pair of
 * clients, so the endpoint and the offices that find it independently converge on one document.
 */
export interface CaseDoc extends DetectedCase {
  /** The offices of both parties (one when both are in the same office): who may see the case. */
  officeIds: string[];
  detectedAt: number;
  detectedWhere: DetectionPoint;
  /** The user whose save or push revealed the duplicate. */
  causedBy: string;
  status: 'open';
  updatedAt: number;
  /**
   * What the agency's regulations recommend, evaluated once by the endpoint when it opens the
   * case and never re-evaluated: changing the rules never rewrites a case. Absent on a case an
   * office found offline until the endpoint's copy arrives.
   */
  recommendation?: CaseRecommendation;
}

export interface CaseRecommendation {
  outcome: {
    type: 'stayWithOwner' | 'moveToNewcomer' | 'splitFirstOrder' | 'negotiate' | 'leadDecides' | 'notifyOnly';
    owner?: number;
    newcomer?: number;
    deadlineHours?: number;
  };
  ruleId: string;
  ruleName: string;
  /** 1-based, as the agency numbers its rules; 0 when no rule applied (the lead decides). */
  ruleNumber: number;
  /** "Rule 2 — 'A claim lapses after 60 days without activity': Petya's last activity was 75 days ago." */
  explanation: string;
  reasons: Array<{ condition: string; text: string; params: string }>;
  regulationsVersion: number;
  evaluatedAt: number;
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
  // 1: recommendation; v0 documents are valid v1 documents.
  version: 1,
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
        properties: {
          kind: { type: 'string', enum: ['phone', 'email', 'domain'] },
          display: { type: 'string', maxLength: 300 },
        },
        required: ['kind', 'display'],
      },
    },
    detectedAt: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    detectedWhere: { type: 'string', enum: ['beforeSave', 'endpoint', 'officeSync'], maxLength: 16 },
    causedBy: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['open'], maxLength: 16 },
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
