import { describe, expect, it } from 'vitest';
import { createEndpointRequest } from './endpointRequest';
import type { FetchLike } from './http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function endpointWith(answer: FetchLike, token: string | null = null) {
  const calls: Array<{ url: string; init: Parameters<FetchLike>[1] }> = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  const endpoint = createEndpointRequest({
    baseUrl: 'https://sync.example/',
    http: { fetch, TextDecoder },
    token: () => token,
  });
  return { endpoint, calls };
}

describe('endpoint requests', () => {
  it('sends JSON with the token and reads JSON back', async () => {
    const { endpoint, calls } = endpointWith(async () => json(201, { id: 'o1', name: 'Moscow' }), 'tok');
    expect(await endpoint.call('/api/v1/admin/offices', { method: 'POST', body: { name: 'Moscow' } })).toEqual({
      ok: true,
      value: { id: 'o1', name: 'Moscow' },
    });
    expect(calls[0]!.url).toBe('https://sync.example/api/v1/admin/offices');
    expect(calls[0]!.init).toMatchObject({
      method: 'POST',
      body: '{"name":"Moscow"}',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
    });
  });

  it('calls an endpoint that cannot be reached unreachable, with status 0', async () => {
    const { endpoint } = endpointWith(() => Promise.reject(new TypeError('fetch failed')));
    const result = await endpoint.call('/api/v1/directory');
    expect(result).toMatchObject({ ok: false, failure: { code: 'unreachable', status: 0 } });
    expect(!result.ok && result.failure.message).toContain('https://sync.example');
  });

  it('passes on the code, message and fields of the endpoint’s error body', async () => {
    const { endpoint } = endpointWith(async () =>
      json(400, {
        error: {
          code: 'validation_failed',
          message: 'The request has problems.',
          fields: [{ field: 'name', message: 'Enter a name.' }],
        },
      }),
    );
    expect(await endpoint.call('/api/v1/admin/offices', { method: 'POST', body: {} })).toEqual({
      ok: false,
      failure: {
        code: 'validation_failed',
        status: 400,
        message: 'The request has problems.',
        fields: [{ field: 'name', message: 'Enter a name.' }],
        retryAfter: null,
      },
    });
  });

  it('keeps Retry-After of a throttled answer', async () => {
    const { endpoint } = endpointWith(async () =>
      json(429, { error: { code: 'too_many_requests', message: 'Slow down.' } }, { 'retry-after': '30' }),
    );
    expect(await endpoint.call('/api/v1/auth/login', { method: 'POST', body: {} })).toMatchObject({
      ok: false,
      failure: { code: 'too_many_requests', status: 429, retryAfter: '30' },
    });
  });

  it('calls an error that is not the endpoint’s JSON a bad response, with its status line', async () => {
    const { endpoint } = endpointWith(
      async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(await endpoint.call('/api/v1/directory')).toEqual({
      ok: false,
      failure: {
        code: 'bad_response',
        status: 502,
        message: 'The sync server answered 502 Bad Gateway.',
        fields: [],
        retryAfter: null,
      },
    });
  });

  it('calls a success whose body is not JSON a bad response', async () => {
    const { endpoint } = endpointWith(async () => new Response('<html>captive portal</html>', { status: 200 }));
    expect(await endpoint.call('/api/v1/directory')).toMatchObject({
      ok: false,
      failure: { code: 'bad_response', status: 200 },
    });
  });

  it('reads text when asked and takes 204 as no value', async () => {
    const csv = endpointWith(async () => new Response('a;b\n1;2\n', { status: 200 }));
    expect(await csv.endpoint.call('/api/v1/reports/payouts?format=csv', { as: 'text' })).toEqual({
      ok: true,
      value: 'a;b\n1;2\n',
    });
    expect(csv.calls[0]!.init!.headers).toMatchObject({ accept: 'text/csv' });
    const none = endpointWith(async () => new Response(null, { status: 204 }));
    expect(await none.endpoint.call('/api/v1/auth/logout', { method: 'POST' })).toEqual({
      ok: true,
      value: undefined,
    });
  });
});
