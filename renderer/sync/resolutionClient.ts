// The endpoint's resolution API (regulations, evidence, reports) for the signed-in workstation.
// These reads need the agency-wide picture, so they go to the endpoint; each failure comes back
// as a code the screen puts in words instead of an exception.
import {
  API_PATHS,
  type CaseEvidence,
  type CaseStatsResponse,
  type PayoutReportResponse,
  type RegulationsResponse,
  type RegulationsUpdate,
  type ApiError,
} from '../../shared/sync';
import type { StoredSession } from '../platform/platform';

export type EndpointFailure =
  | { code: 'notSignedIn' }
  | { code: 'unreachable' }
  | { code: 'forbidden'; message: string }
  | { code: 'notFound'; message: string }
  | { code: 'conflict'; message: string }
  | { code: 'invalid'; message: string; errors: Array<{ field: string; message: string }> }
  | { code: 'server'; status: number; message: string };

export type EndpointResult<T> = { ok: true; value: T } | { ok: false; failure: EndpointFailure };

export interface ResolutionClient {
  regulations(): Promise<EndpointResult<RegulationsResponse>>;
  saveRegulations(update: RegulationsUpdate): Promise<EndpointResult<RegulationsResponse>>;
  evidence(caseId: string): Promise<EndpointResult<CaseEvidence>>;
  payoutReport(query: {
    from: string;
    to: string;
    by: 'manager' | 'office';
  }): Promise<EndpointResult<PayoutReportResponse>>;
  /** The same report as CSV text (Excel-friendly: `;` delimiter, BOM added by the caller when saving). */
  payoutReportCsv(query: {
    from: string;
    to: string;
    by: 'manager' | 'office';
    delimiter: ';' | ',';
  }): Promise<EndpointResult<string>>;
  caseReport(query: { from: string; to: string }): Promise<EndpointResult<CaseStatsResponse>>;
}

export function createResolutionClient(
  session: StoredSession | null,
  doFetch: typeof fetch = (...args) => fetch(...args),
): ResolutionClient {
  const call = async <T>(
    path: string,
    init: RequestInit = {},
    as: 'json' | 'text' = 'json',
  ): Promise<EndpointResult<T>> => {
    if (!session) return { ok: false, failure: { code: 'notSignedIn' } };
    let response: Response;
    try {
      response = await doFetch(`${session.endpoint.replace(/\/+$/u, '')}${path}`, {
        ...init,
        headers: {
          accept: as === 'json' ? 'application/json' : 'text/csv',
          authorization: `Bearer ${session.token}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      });
    } catch {
      return { ok: false, failure: { code: 'unreachable' } };
    }
    if (response.ok) return { ok: true, value: (as === 'json' ? await response.json() : await response.text()) as T };
    const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
    const message = typeof body?.error?.message === 'string' ? body.error.message : response.statusText;
    if (response.status === 401 || response.status === 403)
      return { ok: false, failure: response.status === 401 ? { code: 'notSignedIn' } : { code: 'forbidden', message } };
    if (response.status === 404) return { ok: false, failure: { code: 'notFound', message } };
    if (response.status === 409) return { ok: false, failure: { code: 'conflict', message } };
    if (response.status === 400)
      return { ok: false, failure: { code: 'invalid', message, errors: body?.error?.fields ?? [] } };
    return { ok: false, failure: { code: 'server', status: response.status, message } };
  };
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return {
    regulations: () => call(API_PATHS.regulations),
    saveRegulations: (update) => call(API_PATHS.regulations, { method: 'PUT', body: JSON.stringify(update) }),
    evidence: (caseId) => call(API_PATHS.caseEvidence(caseId)),
    payoutReport: (q) => call(`${API_PATHS.payoutReport}?${query(q)}`),
    payoutReportCsv: (q) => call(`${API_PATHS.payoutReport}?${query({ ...q, format: 'csv' })}`, {}, 'text'),
    caseReport: (q) => call(`${API_PATHS.caseReport}?${query(q)}`),
  };
}
