import { describe, expect, it } from 'vitest';
import type { FetchLike } from './http';
import { createResolutionClient } from './resolutionClient';

const SESSION = { endpoint: 'https://sync.example', token: 'tok' };
const refusing = (status: number, code: string, message: string) =>
  createResolutionClient(SESSION, {
    fetch: async () => new Response(JSON.stringify({ error: { code, message } }), { status }),
    TextDecoder,
  });

describe('resolution client', () => {
  it('answers every call with not_signed_in when nobody is signed in, without asking the endpoint', async () => {
    const fetch: FetchLike = () => Promise.reject(new Error('must not be called'));
    expect(await createResolutionClient(null, { fetch, TextDecoder }).regulations()).toEqual({
      ok: false,
      failure: { code: 'not_signed_in' },
    });
  });

  it('groups refusals by what the person can do about them', async () => {
    expect(await refusing(401, 'unauthorized', 'Expired.').regulations()).toEqual({
      ok: false,
      failure: { code: 'not_signed_in' },
    });
    expect(await refusing(403, 'forbidden_office', 'Not your office.').evidence('c1')).toEqual({
      ok: false,
      failure: { code: 'forbidden', message: 'Not your office.' },
    });
    expect(await refusing(404, 'not_found', 'No such case.').evidence('c1')).toEqual({
      ok: false,
      failure: { code: 'not_found', message: 'No such case.' },
    });
    expect(await refusing(503, 'unavailable', 'Database down.').regulations()).toEqual({
      ok: false,
      failure: { code: 'server', status: 503, message: 'Database down.' },
    });
    const unreachable = createResolutionClient(SESSION, {
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      TextDecoder,
    });
    expect(await unreachable.regulations()).toEqual({ ok: false, failure: { code: 'unreachable' } });
  });

  it('asks for reports with the query as URLSearchParams writes it', async () => {
    const urls: string[] = [];
    const client = createResolutionClient(SESSION, {
      fetch: async (url) => {
        urls.push(url);
        return new Response('x', { status: 200 });
      },
      TextDecoder,
    });
    const query = { from: '2025-01-01T00:00:00+03:00', to: '2025-02-01', by: 'office', delimiter: ';' } as const;
    expect(await client.payoutReportCsv(query)).toEqual({ ok: true, value: 'x' });
    expect(urls[0]).toBe(
      `https://sync.example/api/v1/reports/payouts?${new URLSearchParams({ ...query, format: 'csv' }).toString()}`,
    );
  });

  it('shares notes on a case with a POST without a body', async () => {
    const calls: Array<{ url: string; method: string | undefined; body: unknown }> = [];
    const client = createResolutionClient(SESSION, {
      fetch: async (url, init) => {
        calls.push({ url, method: init?.method, body: init?.body });
        return new Response(JSON.stringify({ caseId: 'c/1', shared: [] }), { status: 200 });
      },
      TextDecoder,
    });
    expect(await client.shareNotes('c/1')).toEqual({ ok: true, value: { caseId: 'c/1', shared: [] } });
    expect(calls).toEqual([
      { url: 'https://sync.example/api/v1/cases/c%2F1/share-notes', method: 'POST', body: undefined },
    ]);
  });
});
