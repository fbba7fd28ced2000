// What the app's import screen asks of the endpoint: who works where (to pick the office and the
// owner), the agency check, and the clients pushed in batches — as an admin.
import { API_PATHS, type Directory, type ImportCheckResponse, type PushResponse, type PushRow } from '../sync';
import type { EndpointResult } from './endpointError';
import type { EndpointRequest } from './endpointRequest';

export interface ImportClient {
  directory(): Promise<EndpointResult<Directory>>;
  importCheck(keys: string[]): Promise<EndpointResult<ImportCheckResponse>>;
  pushClients(rows: PushRow<'clients'>[]): Promise<EndpointResult<PushResponse<'clients'>>>;
}

export function createImportClient(endpoint: EndpointRequest): ImportClient {
  return {
    directory: () => endpoint.call(API_PATHS.directory),
    importCheck: (keys) => endpoint.call(API_PATHS.adminImportCheck, { method: 'POST', body: { keys } }),
    pushClients: (rows) => endpoint.call(API_PATHS.push('clients'), { method: 'POST', body: rows }),
  };
}
