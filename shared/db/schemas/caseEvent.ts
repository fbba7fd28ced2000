import type { RxJsonSchema } from 'rxdb';

/**
 * One step in resolving a case (shared/workflow's CaseEvent, stored): written once by its
 * author, offline or online, never edited. `officeIds` repeats the case's offices so the
 * endpoint can scope it without a join; the fields a step type does not use are absent.
 */
export interface CaseEventDoc {
  id: string;
  caseId: string;
  /** The case's offices: who pulls this step. */
  officeIds: string[];
  type: 'propose' | 'counter' | 'accept' | 'escalate' | 'decide' | 'deadlineSet' | 'leadHandover' | 'siblingSettled';
  /** Epoch ms on the author's clock; (at, id) orders steps everywhere. */
  at: number;
  by: { userId: string; role: 'manager' | 'lead' | 'admin'; officeId: string; name: string };
  /** propose, counter, decide. */
  terms?: TermsDoc;
  /** accept: the proposal it accepts. */
  proposalId?: string;
  /** escalate: why; leadHandover: which lead was handed over (free text). */
  reason?: string;
  /** deadlineSet. */
  deadline?: number;
  /** siblingSettled (written by the endpoint only): the sibling case and what it settled; `terms` when it settles this one. */
  sibling?: SiblingDoc;
}

/** shared/workflow's SiblingOutcome as stored. */
export interface SiblingDoc {
  caseId: string;
  eventId: string;
  kind: 'agreement' | 'decision';
  effect: 'settles' | 'informs';
  clientId: string;
  clientLabel: string;
  otherClientLabel: string;
  keeperId: string;
  keeperName: string;
}

/** shared/workflow's Terms as stored (optional parts absent rather than null: RxDB schemas dislike null). */
export interface TermsDoc {
  keeper: 'owner' | 'newcomer';
  firstOrderSplit: { owner: number; newcomer: number };
  laterOrdersSplit?: { owner: number; newcomer: number; orders?: number; until?: number };
  leadsCompensation?: { from: 'owner' | 'newcomer'; count: number };
  /** Since version 1: deals on the case's clients the first-order split covers too. */
  disputedDeals?: string[];
  note: string;
}

const pct = { type: 'integer', minimum: 0, maximum: 100 } as const;
const split = { type: 'object', properties: { owner: pct, newcomer: pct }, required: ['owner', 'newcomer'] } as const;

export const termsDocSchema = {
  type: 'object',
  properties: {
    keeper: { type: 'string', enum: ['owner', 'newcomer'] },
    firstOrderSplit: split,
    laterOrdersSplit: {
      type: 'object',
      properties: {
        owner: pct,
        newcomer: pct,
        orders: { type: 'integer', minimum: 1, maximum: 1000 },
        until: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
      },
      required: ['owner', 'newcomer'],
    },
    leadsCompensation: {
      type: 'object',
      properties: {
        from: { type: 'string', enum: ['owner', 'newcomer'] },
        count: { type: 'integer', minimum: 0, maximum: 1000 },
      },
      required: ['from', 'count'],
    },
    disputedDeals: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', minLength: 1, maxLength: 64 },
    },
    note: { type: 'string', maxLength: 2000 },
  },
  required: ['keeper', 'firstOrderSplit', 'note'],
} as const;

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

/**
 * Version 1 added the endpoint's `siblingSettled` step (and its `sibling`); version 2 let terms
 * name disputed deals (an optional field). Older steps are valid as they are.
 */
export const caseEventSchema: RxJsonSchema<CaseEventDoc> = {
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    caseId: { type: 'string', maxLength: 200 },
    officeIds: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', maxLength: 64 } },
    type: {
      type: 'string',
      enum: ['propose', 'counter', 'accept', 'escalate', 'decide', 'deadlineSet', 'leadHandover', 'siblingSettled'],
      maxLength: 16,
    },
    at: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    by: {
      type: 'object',
      properties: {
        userId: { type: 'string', maxLength: 64 },
        role: { type: 'string', enum: ['manager', 'lead', 'admin'] },
        officeId: { type: 'string', maxLength: 64 },
        name: { type: 'string', maxLength: 200 },
      },
      required: ['userId', 'role', 'officeId', 'name'],
    },
    terms: termsDocSchema,
    proposalId: { type: 'string', maxLength: 64 },
    reason: { type: 'string', maxLength: 2000 },
    deadline: { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 },
    sibling: {
      type: 'object',
      properties: {
        caseId: text(200),
        eventId: text(64),
        kind: { type: 'string', enum: ['agreement', 'decision'] },
        effect: { type: 'string', enum: ['settles', 'informs'] },
        clientId: text(64),
        clientLabel: text(200),
        otherClientLabel: text(200),
        keeperId: text(64),
        keeperName: text(200),
      },
      required: [
        'caseId',
        'eventId',
        'kind',
        'effect',
        'clientId',
        'clientLabel',
        'otherClientLabel',
        'keeperId',
        'keeperName',
      ],
    },
  },
  required: ['id', 'caseId', 'officeIds', 'type', 'at', 'by'],
  indexes: [['caseId', 'at']],
};
