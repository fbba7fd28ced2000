// The app's sign-in: checks that the address is a Claimdesk endpoint before sending the password
// there, signs in, and reads the directory for the name of the user's office.
import { firstValueFrom, from, race, timer } from 'rxjs';
import { API_PATHS, type Directory, type LoginResponse } from '../sync';
import { isRecord, type EndpointError } from './endpointError';
import { createEndpointRequest } from './endpointRequest';
import type { EndpointHttp } from './http';

/** Why a sign-in did not work; the UI turns each into words (i18n `signIn.errors.*`). */
export type SignInFailure =
  | { code: 'wrong_credentials'; serverMessage: string | null }
  /** The password was right; the account, or the whole office, is disabled by an admin. */
  | { code: 'disabled'; scope: 'account' | 'office' }
  | { code: 'throttled'; retryAfterSeconds: number | null }
  | { code: 'unreachable' }
  | { code: 'not_claimdesk' }
  | { code: 'no_office' }
  | { code: 'server'; status: number; serverMessage: string };

export type SignInOutcome =
  { ok: true; login: LoginResponse; officeName: string } | { ok: false; failure: SignInFailure };

export interface SignInRequest {
  /** Normalised base address. */
  endpoint: string;
  username: string;
  password: string;
  http: EndpointHttp;
  now?: () => number;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';
const SIGN_OUT_WAIT_MS = 5_000;

export async function signIn(request: SignInRequest): Promise<SignInOutcome> {
  let token: string | null = null;
  const endpoint = createEndpointRequest({ baseUrl: request.endpoint, http: request.http, token: () => token });

  const health = await endpoint.call<unknown>(API_PATHS.health);
  if (!health.ok) return failed(failureOf(health.failure));
  if (!isRecord(health.value) || health.value['status'] !== 'ok') return failed({ code: 'not_claimdesk' });

  const login = await endpoint.call<unknown>(API_PATHS.login, {
    method: 'POST',
    body: { username: request.username.trim(), password: request.password },
  });
  if (!login.ok) {
    const { failure } = login;
    if (failure.status === 401 && (failure.code === 'account_disabled' || failure.code === 'office_disabled'))
      return failed({ code: 'disabled', scope: failure.code === 'office_disabled' ? 'office' : 'account' });
    if (failure.status === 401)
      return failed({
        code: 'wrong_credentials',
        serverMessage:
          failure.code !== 'bad_response' && failure.message !== WRONG_CREDENTIALS ? failure.message : null,
      });
    if (failure.status === 429)
      return failed({
        code: 'throttled',
        retryAfterSeconds: retryAfterSeconds(failure.retryAfter, request.now?.() ?? Date.now()),
      });
    return failed(failureOf(failure));
  }
  if (!isLoginResponse(login.value)) return failed({ code: 'not_claimdesk' });
  const session = login.value;
  token = session.token;
  if (!session.user.officeId) {
    // An admin without an office has no client book to work in.
    await endpoint.call(API_PATHS.logout, { method: 'POST' });
    return failed({ code: 'no_office' });
  }
  const directory = await endpoint.call<Directory>(API_PATHS.directory);
  if (!directory.ok) return failed(failureOf(directory.failure));
  if (!isRecord(directory.value) || !Array.isArray(directory.value.offices)) return failed({ code: 'not_claimdesk' });
  const office = directory.value.offices.find((o) => o.id === session.user.officeId);
  return { ok: true, login: session, officeName: office?.name ?? session.user.officeId };
}

/** Best effort, waiting at most a few seconds: the token is forgotten here either way. */
export async function signOut(endpoint: string, token: string, http: EndpointHttp): Promise<void> {
  // Offline, the token expires on the endpoint by itself.
  const request = createEndpointRequest({ baseUrl: endpoint, http, token: () => token });
  await firstValueFrom(race(from(request.call(API_PATHS.logout, { method: 'POST' })), timer(SIGN_OUT_WAIT_MS)));
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function failed(failure: SignInFailure): SignInOutcome {
  return { ok: false, failure };
}

/** Our own endpoint refusing says why (e.g. "up, but its database is not"); anything else is not Claimdesk. */
function failureOf(error: EndpointError): SignInFailure {
  if (error.code === 'unreachable') return { code: 'unreachable' };
  if (error.code === 'bad_response') return { code: 'not_claimdesk' };
  return { code: 'server', status: error.status, serverMessage: error.message };
}

function isLoginResponse(body: unknown): body is LoginResponse {
  if (!isRecord(body) || typeof body['token'] !== 'string' || !isRecord(body['user'])) return false;
  const user = body['user'];
  return typeof user['id'] === 'string' && typeof user['name'] === 'string' && typeof body['expiresAt'] === 'number';
}
