import { describe, expect, it } from 'vitest';
import { retryAfterSeconds, signIn } from './signIn';

type Handler = (path: string, init: RequestInit | undefined) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: { path: string; init: RequestInit | undefined }[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input).replace('https://sync.example', '');
    calls.push({ path, init });
    return handler(path, init);
  }) as typeof fetch;
  return { fetchFn, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const LOGIN = {
  token: 'tok',
  user: { id: 'u1', name: 'Anna', officeId: 'o1', role: 'manager' },
  expiresAt: 2_000_000_000_000,
};
const DIRECTORY = { offices: [{ id: 'o1', name: 'Moscow' }], users: [] };

function endpoint(overrides: Partial<Record<string, () => Response>> = {}): Handler {
  return (path) => {
    const override = overrides[path.split('?')[0]!];
    if (override) return override();
    if (path === '/api/v1/health') return json(200, { status: 'ok' });
    if (path === '/api/v1/auth/login') return json(200, LOGIN);
    if (path === '/api/v1/directory') return json(200, DIRECTORY);
    if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    return json(404, { error: { code: 'not_found', message: 'no' } });
  };
}

const request = (fetchFn: typeof fetch) => ({
  endpoint: 'https://sync.example/',
  username: ' anna ',
  password: 'pw',
  http: { fetch: fetchFn, TextDecoder },
  now: () => 0,
});

describe('signIn', () => {
  it('checks health, signs in and learns the office name', async () => {
    const { fetchFn, calls } = fakeFetch(endpoint());
    expect(await signIn(request(fetchFn))).toEqual({ ok: true, login: LOGIN, officeName: 'Moscow' });
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/health', '/api/v1/auth/login', '/api/v1/directory']);
    expect(JSON.parse(String(calls[1]!.init!.body))).toEqual({ username: 'anna', password: 'pw' });
    expect((calls[2]!.init!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('never sends the password to something that is not a Claimdesk endpoint', async () => {
    const page = fakeFetch(endpoint({ '/api/v1/health': () => new Response('<html>router</html>', { status: 200 }) }));
    expect(await signIn(request(page.fetchFn))).toEqual({ ok: false, failure: { code: 'not_claimdesk' } });
    expect(page.calls).toHaveLength(1);
    const missing = fakeFetch(endpoint({ '/api/v1/health': () => new Response('nope', { status: 404 }) }));
    expect(await signIn(request(missing.fetchFn))).toEqual({ ok: false, failure: { code: 'not_claimdesk' } });
  });

  it('reports an unreachable endpoint', async () => {
    const { fetchFn } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await signIn(request(fetchFn))).toEqual({ ok: false, failure: { code: 'unreachable' } });
  });

  it('tells wrong credentials apart from a disabled account', async () => {
    const wrong = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () =>
          json(401, { error: { code: 'unauthorized', message: 'Wrong username or password.' } }),
      }),
    );
    expect(await signIn(request(wrong.fetchFn))).toEqual({
      ok: false,
      failure: { code: 'wrong_credentials', serverMessage: null },
    });
    const disabled = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () =>
          json(401, { error: { code: 'account_disabled', message: 'This account is disabled. Ask an admin.' } }),
      }),
    );
    expect(await signIn(request(disabled.fetchFn))).toEqual({
      ok: false,
      failure: { code: 'disabled', scope: 'account' },
    });
    const officeClosed = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () =>
          json(401, { error: { code: 'office_disabled', message: "This account's office is disabled." } }),
      }),
    );
    expect(await signIn(request(officeClosed.fetchFn))).toEqual({
      ok: false,
      failure: { code: 'disabled', scope: 'office' },
    });
    const olderEndpoint = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () =>
          json(401, { error: { code: 'unauthorized', message: 'This account is disabled. Ask an admin.' } }),
      }),
    );
    expect(await signIn(request(olderEndpoint.fetchFn))).toEqual({
      ok: false,
      failure: { code: 'wrong_credentials', serverMessage: 'This account is disabled. Ask an admin.' },
    });
  });

  it('says when to try again after too many attempts', async () => {
    const { fetchFn } = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () =>
          json(429, { error: { code: 'too_many_requests', message: 'x' } }, { 'retry-after': '30' }),
      }),
    );
    expect(await signIn(request(fetchFn))).toEqual({
      ok: false,
      failure: { code: 'throttled', retryAfterSeconds: 30 },
    });
  });

  it('refuses an admin account without an office and signs it out again', async () => {
    const { fetchFn, calls } = fakeFetch(
      endpoint({
        '/api/v1/auth/login': () => json(200, { ...LOGIN, user: { ...LOGIN.user, officeId: null, role: 'admin' } }),
      }),
    );
    expect(await signIn(request(fetchFn))).toEqual({ ok: false, failure: { code: 'no_office' } });
    expect(calls.at(-1)!.path).toBe('/api/v1/auth/logout');
  });

  it('passes on what the server says when it fails otherwise', async () => {
    const { fetchFn } = fakeFetch(
      endpoint({
        '/api/v1/health': () =>
          json(503, { error: { code: 'unavailable', message: 'The endpoint is up but cannot reach its database.' } }),
      }),
    );
    expect(await signIn(request(fetchFn))).toEqual({
      ok: false,
      failure: { code: 'server', status: 503, serverMessage: 'The endpoint is up but cannot reach its database.' },
    });
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120', 0)).toBe(120);
    expect(retryAfterSeconds(new Date(90_000).toUTCString(), 0)).toBe(90);
    expect(retryAfterSeconds('soon', 0)).toBeNull();
    expect(retryAfterSeconds(null, 0)).toBeNull();
  });
});
