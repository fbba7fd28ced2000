// The endpoint's account, directory and admin calls, for whoever signs in with a username and
// password: the admin CLI, the tests, the benches. The app's own sign-in is signIn.ts.
import {
  API_PATHS,
  type ChangePasswordRequest,
  type CreateIntakeKeyRequest,
  type CreatedIntakeKey,
  type IntakeKeyListing,
  type RevokeIntakeKeyRequest,
  type RevokedIntakeKey,
  type Directory,
  type ImportCheckResponse,
  type LoginResponse,
} from '../sync';
import { createAccountsAdmin, type AccountsAdmin } from './adminClient';
import type { EndpointResult } from './endpointError';
import { createEndpointRequest, type EndpointRequest } from './endpointRequest';
import { createRequestsClient, type RequestsClient } from './requestsClient';
import type { EndpointHttp } from './http';
import { createSyncTransport } from './syncTransport';
import type { SyncTransport } from '../sync/transport';

export interface EndpointClient {
  readonly baseUrl: string;
  /** The signed-in token, null before login. */
  readonly token: string | null;
  /** Signs in; on success this client sends the new token with every later call. */
  login(username: string, password: string): Promise<EndpointResult<LoginResponse>>;
  logout(): Promise<EndpointResult<void>>;
  /** Changes the signed-in user's own password; their other sessions end, this one stays. */
  changePassword(request: ChangePasswordRequest): Promise<EndpointResult<void>>;
  directory(): Promise<EndpointResult<Directory>>;
  /** The replication transport for this client's token. */
  sync(): SyncTransport;
  readonly admin: AdminCalls;
  /** Requests, the free desk and routing rules, as the signed-in person. */
  readonly requests: RequestsClient;
}

/** What an admin does through the endpoint (the CLI's `admin` actions, the tests' set-up). */
export interface AdminCalls extends AccountsAdmin {
  /** The key is in the answer only: the endpoint keeps its hash. */
  createIntakeKey(request: CreateIntakeKeyRequest): Promise<EndpointResult<CreatedIntakeKey>>;
  revokeIntakeKey(request: RevokeIntakeKeyRequest): Promise<EndpointResult<RevokedIntakeKey>>;
  intakeKeys(): Promise<EndpointResult<{ keys: IntakeKeyListing[] }>>;
  /** Which of these identity keys any office holds (at most IMPORT_CHECK_LIMITS.maxKeys at once). */
  importCheck(keys: readonly string[]): Promise<EndpointResult<ImportCheckResponse>>;
}

export interface EndpointClientOptions {
  baseUrl: string;
  http: EndpointHttp;
  /** A token from an earlier sign-in. */
  token?: string | null;
}

export function createEndpointClient(options: EndpointClientOptions): EndpointClient {
  let token = options.token ?? null;
  const endpoint: EndpointRequest = createEndpointRequest({
    baseUrl: options.baseUrl,
    http: options.http,
    token: () => token,
  });
  const post = <T>(path: string, body: unknown) => endpoint.call<T>(path, { method: 'POST', body });
  return {
    baseUrl: endpoint.baseUrl,
    get token() {
      return token;
    },
    async login(username, password) {
      const result = await post<LoginResponse>(API_PATHS.login, { username, password });
      if (result.ok) token = result.value.token;
      return result;
    },
    logout: () => endpoint.call(API_PATHS.logout, { method: 'POST' }),
    changePassword: (request) => post(API_PATHS.changePassword, request),
    directory: () => endpoint.call(API_PATHS.directory),
    sync: () => createSyncTransport({ baseUrl: endpoint.baseUrl, http: options.http, token: () => token }),
    admin: {
      ...createAccountsAdmin(endpoint),
      createIntakeKey: (request) => post(API_PATHS.adminIntakeKeys, request),
      revokeIntakeKey: (request) => post(API_PATHS.adminIntakeKeysRevoke, request),
      intakeKeys: () => endpoint.call(API_PATHS.adminIntakeKeys),
      importCheck: (keys) => post(API_PATHS.adminImportCheck, { keys }),
    },
    requests: createRequestsClient(endpoint),
  };
}
