// Security headers on every answer: API routes, error answers, live streams and the served web app.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS } from '../../shared/sync';
import type { Api } from './api';
import { backends } from './backends';
import { startServer } from './testServer';

const [pglite] = backends();

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('upgrade-insecure-requests');
  // Plain http here: no HSTS promise the endpoint cannot keep.
  expect(headers.get('strict-transport-security')).toBeNull();
}

describe('security headers', () => {
  let server: SyncServer;
  let admin: Api;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'claimdesk-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Claimdesk</title>');
    await writeFile(join(root, 'assets', 'app-123.js'), 'console.log(1)');
    ({ server, admin } = await startServer(await pglite!.freshStore(), { webRoot: root }));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await pglite!.cleanup();
    await rm(root, { recursive: true, force: true });
  });

  it('on an API answer, with Cache-Control: no-store, CORS unchanged', async () => {
    const reply = await fetch(server.url + API_PATHS.directory, {
      headers: { authorization: `Bearer ${admin.token}`, origin: 'null' },
    });
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply.headers);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('on error answers: refused sign-in, bad JSON, unknown API path, undecodable address', async () => {
    const answers = await Promise.all([
      fetch(server.url + API_PATHS.directory),
      fetch(server.url + API_PATHS.login, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      fetch(`${server.url}/api/v1/nothing`),
      fetch(`${server.url}/api/v1/admin/users/%F0%9F/disable`, { method: 'POST' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([401, 400, 404, 400]);
    for (const answer of answers) {
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
  });

  it('on a live stream, with its CORS header', async () => {
    const abort = new AbortController();
    const reply = await fetch(server.url + API_PATHS.stream('clients'), {
      headers: { authorization: `Bearer ${admin.token}`, origin: 'null' },
      signal: abort.signal,
    });
    try {
      expect(reply.status).toBe(200);
      expectSecurityHeaders(reply.headers);
      expect(reply.headers.get('cache-control')).toMatch(/^no-store/);
      expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      abort.abort();
    }
  });

  it('on the web app, its assets and its fallback page, which keep their own caching', async () => {
    const index = await fetch(`${server.url}/`);
    expectSecurityHeaders(index.headers);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/assets/app-123.js`);
    expectSecurityHeaders(asset.headers);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const route = await fetch(`${server.url}/clients/42`);
    expectSecurityHeaders(route.headers);
    expect(await route.text()).toContain('<title>Claimdesk</title>');
  });
});
