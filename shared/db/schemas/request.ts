import type { RxJsonSchema } from 'rxdb';
import {
  REQUEST_CHANNELS,
  REQUEST_STATES,
  type RequestChannel,
  type RequestState,
  type Route,
  type RouteAssignee,
  type RouteReason,
} from '../../routing';

/**
 * An incoming request as the endpoint publishes it to the offices involved (the one that took it
 * and the assignee's): written by the endpoint only, pulled and streamed like cases, so the
 * assignee's workstation learns of it at once and can say where it went and why (the reason is
 * put into words on the workstation, in its language).
 */
export interface RequestDoc {
  id: string;
  /** The office that took it. */
  officeId: string;
  /** Who sees it: the receiving office and the assignee's, sorted. */
  officeIds: string[];
  channel: RequestChannel;
  name: string;
  phones: string[];
  emails: string[];
  note: string;
  receivedAt: number;
  assignee: RouteAssignee;
  route: Route;
  reason: RouteReason;
  state: RequestState;
  stateReason: string;
  firstResponseAt?: number;
  updatedAt: number;
}

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const time = { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 } as const;

export const requestSchema: RxJsonSchema<RequestDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: text(64),
    officeId: text(64),
    officeIds: { type: 'array', maxItems: 2, items: text(64) },
    channel: { type: 'string', enum: [...REQUEST_CHANNELS], maxLength: 16 },
    name: text(200),
    phones: { type: 'array', maxItems: 10, items: text(100) },
    emails: { type: 'array', maxItems: 10, items: text(100) },
    note: text(4000),
    receivedAt: time,
    assignee: {
      type: 'object',
      properties: { userId: text(64), name: text(200), officeId: text(64) },
      required: ['userId', 'name', 'officeId'],
    },
    route: { type: 'string', maxLength: 16 },
    reason: { type: 'object' },
    state: { type: 'string', enum: [...REQUEST_STATES], maxLength: 16 },
    stateReason: text(4000),
    firstResponseAt: time,
    updatedAt: time,
  },
  required: [
    'id',
    'officeId',
    'officeIds',
    'channel',
    'name',
    'phones',
    'emails',
    'note',
    'receivedAt',
    'assignee',
    'route',
    'reason',
    'state',
    'stateReason',
    'updatedAt',
  ],
};
