// The endpoint serves the web build at "/" (SPA fallback, no escaping the folder), or explains how to build it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { backends } from './backends';
import { startServer } from './testServer';

const [pglite] = backends();

describe('web build at /', () => {
  let withBuild: SyncServer;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'claimdesk-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Claimdesk</title>');
    await writeFile(join(root, 'assets', 'app-123.js'), 'console.log(1)');
    ({ server: withBuild } = await startServer(await pglite!.freshStore(), { webRoot: root }));
  }, 120_000);
  afterAll(async () => {
    await withBuild?.close();
    await pglite!.cleanup();
    await rm(root, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, 404s missing assets and API paths', async () => {
    const index = await fetch(`${withBuild.url}/`);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('<title>Claimdesk</title>');
    const asset = await fetch(`${withBuild.url}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(await (await fetch(`${withBuild.url}/clients/42`)).text()).toContain('<title>Claimdesk</title>');
    expect((await fetch(`${withBuild.url}/assets/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${withBuild.url}/%2e%2e/%2e%2e/etc/passwd`)).text()).not.toContain('root:');
    const api = await fetch(`${withBuild.url}/api/v1/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('explains how to build the web app when it is missing', async () => {
    const { server } = await startServer(await pglite!.freshStore(), { webRoot: join(root, 'nope') });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('npm run build:web');
    } finally {
      await server.close();
    }
  }, 120_000);
});
