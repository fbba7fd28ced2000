// The endpoint's request calls: taking a request (as a person, or as a site with an intake key),
// the inbox, state changes, personal assignment, the free desk's board and the routing rules.
import type { RoutingRules } from '../routing';
import {
  API_PATHS,
  type DeskBoard,
  type DeskStatusChange,
  type InboxRequest,
  type IntakeAnswer,
  type IntakePreview,
  type IntakeRequest,
  type RequestAssignment,
  type RequestReport,
  type RequestStateChange,
  type RequestsInbox,
} from '../sync';
import type { EndpointResult } from './endpointError';
import { createEndpointRequest, type EndpointRequest } from './endpointRequest';
import type { EndpointHttp } from './http';
import { queryString } from './queryString';

export interface RequestsClient {
  take(request: IntakeRequest): Promise<EndpointResult<IntakeAnswer>>;
  /** Where it would go now (the externalId is not needed); nothing is stored. */
  preview(request: Omit<IntakeRequest, 'externalId'>): Promise<EndpointResult<IntakePreview>>;
  inbox(): Promise<EndpointResult<RequestsInbox>>;
  changeState(requestId: string, change: RequestStateChange): Promise<EndpointResult<InboxRequest>>;
  assign(requestId: string, assignment: RequestAssignment): Promise<EndpointResult<InboxRequest>>;
  desk(): Promise<EndpointResult<DeskBoard>>;
  setDeskStatus(change: DeskStatusChange): Promise<EndpointResult<DeskBoard>>;
  routingRules(): Promise<EndpointResult<RoutingRules>>;
  setRoutingRules(rules: RoutingRules): Promise<EndpointResult<RoutingRules>>;
  report(period: { from: string; to: string }): Promise<EndpointResult<RequestReport>>;
}

export function createRequestsClient(endpoint: EndpointRequest, language: 'ru' | 'en' = 'ru'): RequestsClient {
  const headers = { 'accept-language': language };
  const post = <T>(path: string, body: unknown) => endpoint.call<T>(path, { method: 'POST', body, headers });
  return {
    take: (request) => post(API_PATHS.requests, request),
    preview: (request) => post(API_PATHS.requestPreview, request),
    inbox: () => endpoint.call(API_PATHS.requests, { headers }),
    changeState: (id, change) => post(API_PATHS.requestState(id), change),
    assign: (id, assignment) => post(API_PATHS.requestAssign(id), assignment),
    desk: () => endpoint.call(API_PATHS.desk),
    setDeskStatus: (change) => endpoint.call(API_PATHS.desk, { method: 'PUT', body: change }),
    routingRules: () => endpoint.call(API_PATHS.routingRules),
    setRoutingRules: (rules) => endpoint.call(API_PATHS.routingRules, { method: 'PUT', body: rules }),
    report: (period) => endpoint.call(`${API_PATHS.requestReport}?${queryString(period)}`),
  };
}

/** How a site form or a telephony system calls the intake: with the office's key, no person signed in. */
export function createIntakeClient(options: {
  baseUrl: string;
  http: EndpointHttp;
  apiKey: string;
  language?: 'ru' | 'en';
}): { take(request: IntakeRequest): Promise<EndpointResult<IntakeAnswer>> } {
  const endpoint = createEndpointRequest({ baseUrl: options.baseUrl, http: options.http });
  const headers = { 'x-api-key': options.apiKey, 'accept-language': options.language ?? 'ru' };
  return { take: (request) => endpoint.call(API_PATHS.requests, { method: 'POST', body: request, headers }) };
}
