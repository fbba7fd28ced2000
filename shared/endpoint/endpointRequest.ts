import { clientError, errorOfResponse, type EndpointError, type EndpointResult } from './endpointError';
import { workstationHeaders, type WorkstationReport } from '../sync/workstationReport';
import type { EndpointHttp, FetchResponse } from './http';

export interface EndpointRequestOptions {
  /** The endpoint's base address, e.g. https://sync.agency.example (a trailing slash is fine). */
  baseUrl: string;
  http: EndpointHttp;
  /** The signed-in user's token; null sends the request without one. */
  token?: () => string | null;
  /** What the workstation says of itself with each call (its sync does), for the admin's health page. */
  workstation?: () => WorkstationReport;
}

export interface EndpointCallInit {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** What the answer is read as: JSON (the default) or plain text (CSV). */
  as?: 'json' | 'text';
  headers?: Record<string, string>;
}

export interface EndpointRequest {
  readonly baseUrl: string;
  /** A call whose answer is read whole. */
  call<T>(path: string, init?: EndpointCallInit): Promise<EndpointResult<T>>;
  /** A call whose 2xx answer is handed back unread (the live stream). */
  open(path: string, init?: EndpointCallInit): Promise<EndpointResult<FetchResponse>>;
}

/** Every call to the endpoint goes through here: one place for headers, the token and errors. */
export function createEndpointRequest(options: EndpointRequestOptions): EndpointRequest {
  const baseUrl = options.baseUrl.trim().replace(/\/+$/u, '');

  async function open(path: string, init: EndpointCallInit = {}): Promise<EndpointResult<FetchResponse>> {
    const token = options.token?.() ?? null;
    let response: FetchResponse;
    try {
      response = await options.http.fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          accept: init.as === 'text' ? 'text/csv' : 'application/json',
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(options.workstation ? workstationHeaders(options.workstation()) : {}),
          ...init.headers,
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch {
      return { ok: false, failure: clientError('unreachable', `Cannot reach the sync server at ${baseUrl}.`) };
    }
    if (!response.ok) return { ok: false, failure: await errorOfResponse(response) };
    return { ok: true, value: response };
  }

  async function call<T>(path: string, init: EndpointCallInit = {}): Promise<EndpointResult<T>> {
    const opened = await open(path, init);
    if (!opened.ok) return opened;
    const response = opened.value;
    if (response.status === 204) return { ok: true, value: undefined as T };
    try {
      return { ok: true, value: (init.as === 'text' ? await response.text() : await response.json()) as T };
    } catch {
      return { ok: false, failure: badBody(response) };
    }
  }

  return { baseUrl, call, open };
}

function badBody(response: FetchResponse): EndpointError {
  return clientError('bad_response', 'The sync server sent an answer that could not be read.', response.status);
}
