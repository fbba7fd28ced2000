import { API_PATHS, type Directory, type LoginResponse } from '../../shared/sync';

/** Why a sign-in did not work; the UI turns each into words (i18n `signIn.errors.*`). */
export type SignInFailure =
  | { code: 'wrongCredentials'; serverMessage: string | null }
  | { code: 'throttled'; retryAfterSeconds: number | null }
  | { code: 'unreachable' }
  | { code: 'notClaimdesk' }
  | { code: 'noOffice' }
  | { code: 'server'; status: number; serverMessage: string };

export type SignInOutcome =
  { ok: true; login: LoginResponse; officeName: string } | { ok: false; failure: SignInFailure };

export interface SignInRequest {
  /** Normalised base address (see parseEndpoint). */
  endpoint: string;
  username: string;
  password: string;
  fetch?: typeof fetch;
  now?: () => number;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

/**
 * Checks that the address is a Claimdesk endpoint before sending the password there, signs in,
 * and reads the directory for the name of the user's office.
 */
export async function signIn(request: SignInRequest): Promise<SignInOutcome> {
  const doFetch = request.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = request.endpoint.replace(/\/+$/u, '');
  const call = async (path: string, init?: RequestInit): Promise<Response | null> => {
    try {
      return await doFetch(`${base}${path}`, init);
    } catch {
      return null;
    }
  };

  const health = await call(API_PATHS.health, { headers: { accept: 'application/json' } });
  if (!health) return failed({ code: 'unreachable' });
  const healthBody = await jsonOf(health);
  if (!health.ok || !isRecord(healthBody) || healthBody['status'] !== 'ok') {
    const message = serverMessageOf(healthBody);
    // Our own endpoint answering "up, but its database is not": say what it says.
    return failed(
      message ? { code: 'server', status: health.status, serverMessage: message } : { code: 'notClaimdesk' },
    );
  }

  const login = await call(API_PATHS.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: request.username.trim(), password: request.password }),
  });
  if (!login) return failed({ code: 'unreachable' });
  const loginBody = await jsonOf(login);
  if (login.status === 401) {
    const message = serverMessageOf(loginBody);
    return failed({
      code: 'wrongCredentials',
      serverMessage: message && message !== WRONG_CREDENTIALS ? message : null,
    });
  }
  if (login.status === 429)
    return failed({
      code: 'throttled',
      retryAfterSeconds: retryAfterSeconds(login.headers.get('retry-after'), request.now?.() ?? Date.now()),
    });
  if (!login.ok || !isLoginResponse(loginBody)) return failed(serverFailure(login.status, loginBody));

  const token = loginBody.token;
  const authorized = { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } };
  if (!loginBody.user.officeId) {
    // An admin without an office has no client book to work in.
    await call(API_PATHS.logout, { ...authorized, method: 'POST' });
    return failed({ code: 'noOffice' });
  }
  const directory = await call(API_PATHS.directory, authorized);
  if (!directory) return failed({ code: 'unreachable' });
  const directoryBody = (await jsonOf(directory)) as Directory | null;
  if (!directory.ok || !isRecord(directoryBody) || !Array.isArray(directoryBody.offices))
    return failed(serverFailure(directory.status, directoryBody));
  const office = directoryBody.offices.find((o) => o.id === loginBody.user.officeId);
  return { ok: true, login: loginBody, officeName: office?.name ?? loginBody.user.officeId };
}

/** Best effort: the token is forgotten here either way. */
export async function signOut(
  endpoint: string,
  token: string,
  doFetch: typeof fetch = (...args) => fetch(...args),
): Promise<void> {
  try {
    await doFetch(`${endpoint.replace(/\/+$/u, '')}${API_PATHS.logout}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    // Offline: the token expires on the server by itself.
  }
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

function serverFailure(status: number, body: unknown): SignInFailure {
  const message = serverMessageOf(body);
  return message ? { code: 'server', status, serverMessage: message } : { code: 'notClaimdesk' };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function serverMessageOf(body: unknown): string | null {
  if (!isRecord(body) || !isRecord(body['error'])) return null;
  const message = body['error']['message'];
  return typeof message === 'string' && message ? message : null;
}

function isLoginResponse(body: unknown): body is LoginResponse {
  if (!isRecord(body) || typeof body['token'] !== 'string' || !isRecord(body['user'])) return false;
  const user = body['user'];
  return typeof user['id'] === 'string' && typeof user['name'] === 'string' && typeof body['expiresAt'] === 'number';
}
