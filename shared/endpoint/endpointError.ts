// One error shape for every call to the endpoint: the endpoint's own snake_case ApiErrorCode when
// it answered with its JSON error body, or a client-side code in the same style when it did not.
import type { ApiErrorCode, FieldProblem } from '../sync';
import type { FetchResponse } from './http';

export type ClientErrorCode =
  /** No answer at all: offline, wrong address, the endpoint is down. */
  | 'unreachable'
  /** The call needs a signed-in user and there is none. */
  | 'not_signed_in'
  /** Something answered, but not with the endpoint's JSON (a proxy's page, a different server). */
  | 'bad_response'
  /** The live stream's answer had no body to read. */
  | 'stream_missing'
  /** The endpoint ended the live stream (the caller reconnects). */
  | 'stream_closed'
  /** The live stream broke off (the network went away). */
  | 'stream_lost';

export type EndpointErrorCode = ApiErrorCode | ClientErrorCode;

export interface EndpointError {
  code: EndpointErrorCode;
  /** HTTP status, or 0 when there was no answer. */
  status: number;
  /** In words a person can act on: the endpoint's own message when it sent one. */
  message: string;
  /** The endpoint's per-field problems (validation errors); empty otherwise. */
  fields: FieldProblem[];
  /** The Retry-After header of a throttled or unavailable answer. */
  retryAfter: string | null;
}

export type EndpointResult<T, F = EndpointError> = { ok: true; value: T } | { ok: false; failure: F };

export function clientError(code: ClientErrorCode, message: string, status = 0): EndpointError {
  return { code, status, message, fields: [], retryAfter: null };
}

/** The error a non-2xx answer stands for; its body is read here. */
export async function errorOfResponse(response: FetchResponse): Promise<EndpointError> {
  const body = await response.json().catch(() => null);
  const retryAfter = response.headers.get('retry-after');
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  const message = error?.['message'];
  const code = error?.['code'];
  if (typeof message !== 'string' || !message || typeof code !== 'string')
    return {
      ...clientError('bad_response', `The sync server answered ${response.status} ${response.statusText}.`),
      status: response.status,
      retryAfter,
    };
  const fields = Array.isArray(error?.['fields']) ? (error['fields'] as FieldProblem[]) : [];
  return { code: code as ApiErrorCode, status: response.status, message, fields, retryAfter };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
