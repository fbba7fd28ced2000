// The endpoint's resolution API (regulations, evidence, reports) for a signed-in user. These reads
// need the agency-wide picture, so they go to the endpoint; each failure comes back as a code the
// screen puts in words instead of an exception.
import {
  API_PATHS,
  type CaseEvidence,
  type CaseReportQuery,
  type CaseStatsResponse,
  type FieldProblem,
  type NotesShared,
  type PayoutReportCsvQuery,
  type PayoutReportQuery,
  type PayoutReportResponse,
  type RegulationsResponse,
  type RegulationsUpdate,
} from '../sync';
import type { EndpointError, EndpointResult } from './endpointError';
import { createEndpointRequest } from './endpointRequest';
import type { EndpointHttp } from './http';
import { queryString } from './queryString';

/** What a screen needs to tell about a failed call, grouped by what the person can do about it. */
export type EndpointFailure =
  | { code: 'not_signed_in' }
  | { code: 'unreachable' }
  | { code: 'forbidden'; message: string }
  | { code: 'not_found'; message: string }
  | { code: 'conflict'; message: string }
  | { code: 'invalid'; message: string; errors: FieldProblem[] }
  | { code: 'server'; status: number; message: string };

export interface ResolutionClient {
  regulations(): Promise<EndpointResult<RegulationsResponse, EndpointFailure>>;
  saveRegulations(update: RegulationsUpdate): Promise<EndpointResult<RegulationsResponse, EndpointFailure>>;
  evidence(caseId: string): Promise<EndpointResult<CaseEvidence, EndpointFailure>>;
  /** Lets the other side of the case read the notes of the side(s) the signed-in manager manages. */
  shareNotes(caseId: string): Promise<EndpointResult<NotesShared, EndpointFailure>>;
  payoutReport(query: PayoutReportQuery): Promise<EndpointResult<PayoutReportResponse, EndpointFailure>>;
  /** The same report as CSV text (Excel-friendly: `;` delimiter, BOM added by the caller when saving). */
  payoutReportCsv(query: PayoutReportCsvQuery): Promise<EndpointResult<string, EndpointFailure>>;
  caseReport(query: CaseReportQuery): Promise<EndpointResult<CaseStatsResponse, EndpointFailure>>;
}

/** `session` null (not signed in) answers every call with `not_signed_in`. */
export function createResolutionClient(
  session: { endpoint: string; token: string } | null,
  http: EndpointHttp,
): ResolutionClient {
  const endpoint = session && createEndpointRequest({ baseUrl: session.endpoint, http, token: () => session.token });
  const call = async <T>(
    path: string,
    init: { method?: 'PUT' | 'POST'; body?: unknown; as?: 'text' } = {},
  ): Promise<EndpointResult<T, EndpointFailure>> => {
    if (!endpoint) return { ok: false, failure: { code: 'not_signed_in' } };
    const result = await endpoint.call<T>(path, init);
    return result.ok ? result : { ok: false, failure: endpointFailure(result.failure) };
  };
  return {
    regulations: () => call(API_PATHS.regulations),
    saveRegulations: (update) => call(API_PATHS.regulations, { method: 'PUT', body: update }),
    evidence: (caseId) => call(API_PATHS.caseEvidence(caseId)),
    shareNotes: (caseId) => call(API_PATHS.caseNotesShare(caseId), { method: 'POST' }),
    payoutReport: (q) => call(`${API_PATHS.payoutReport}?${queryString(q)}`),
    payoutReportCsv: (q) => call(`${API_PATHS.payoutReport}?${queryString({ ...q, format: 'csv' })}`, { as: 'text' }),
    caseReport: (q) => call(`${API_PATHS.caseReport}?${queryString(q)}`),
  };
}

export function endpointFailure(error: EndpointError): EndpointFailure {
  const { status, message } = error;
  if (error.code === 'unreachable' || error.code === 'not_signed_in') return { code: error.code };
  if (status === 401) return { code: 'not_signed_in' };
  if (status === 403) return { code: 'forbidden', message };
  if (status === 404) return { code: 'not_found', message };
  if (status === 409) return { code: 'conflict', message };
  if (status === 400) return { code: 'invalid', message, errors: error.fields };
  return { code: 'server', status, message };
}
