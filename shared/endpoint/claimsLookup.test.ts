import { describe, expect, it } from 'vitest';
import { createClaimsLookup } from './claimsLookup';
import type { FetchLike } from './http';

const NOW = Date.UTC(2026, 9, 12, 12);
const lookupWith = (fetch: FetchLike) =>
  createClaimsLookup({
    baseUrl: 'https://sync.example',
    http: { fetch, TextDecoder },
    token: () => 'tok',
    now: () => NOW,
  });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('claims look-up over HTTP', () => {
  it('posts the keys and hands back the results', async () => {
    let sent: unknown = null;
    const lookup = lookupWith(async (_url, init) => {
      sent = JSON.parse(String(init?.body));
      return json(200, { results: [{ key: 'phone:+79161234567', matches: [] }], budget: {} });
    });
    expect(await lookup.lookUp(['phone:+79161234567'])).toEqual({
      state: 'answered',
      results: [{ key: 'phone:+79161234567', matches: [] }],
    });
    expect(sent).toEqual({ keys: ['phone:+79161234567'] });
  });

  it('reads a 429 as over budget until Retry-After, no answer as offline, 401 as signed out', async () => {
    const refused = lookupWith(async () =>
      json(429, { error: { code: 'too_many_requests', message: 'Nothing was looked up.' } }, { 'retry-after': '600' }),
    );
    expect(await refused.lookUp(['phone:+79161234567'])).toEqual({ state: 'overBudget', resetsAt: NOW + 600_000 });
    const offline = lookupWith(() => Promise.reject(new TypeError('fetch failed')));
    expect(await offline.lookUp(['phone:+79161234567'])).toEqual({ state: 'offline' });
    const expired = lookupWith(async () => json(401, { error: { code: 'unauthorized', message: 'Expired.' } }));
    expect(await expired.lookUp(['phone:+79161234567'])).toEqual({ state: 'notSignedIn' });
  });
});
