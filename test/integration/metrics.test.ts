// /metrics: absent by default; with the metrics option, Prometheus text for a scraper with the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { Api } from './api';
import { createTeam } from './api';
import { backends } from './backends';
import { clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

const [pglite] = backends();
const TOKEN = 'metrics-token-for-the-tests';

describe('metrics', () => {
  let plain: SyncServer;
  let measured: SyncServer;
  let admin: Api;
  beforeAll(async () => {
    ({ server: plain } = await startServer(await pglite!.freshStore()));
    ({ server: measured, admin } = await startServer(await pglite!.freshStore(), { metrics: { token: TOKEN } }));
  }, 120_000);
  afterAll(async () => {
    await plain?.close();
    await measured?.close();
    await pglite!.cleanup();
  });

  it('there is no /metrics unless it is switched on', async () => {
    expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it('asks for the metrics token', async () => {
    expect((await fetch(`${measured.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${measured.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    // An admin's session is not the metrics token.
    expect(
      (await fetch(`${measured.url}/metrics`, { headers: { authorization: `Bearer ${admin.token}` } })).status,
    ).toBe(401);
  });

  it('counts requests by route and status, and documents pushed and pulled', async () => {
    const team = await createTeam(admin, 'Measured');
    expect(
      (await team.manager.push('clients', inserts([clientDoc(team.office.id), clientDoc(team.office.id)]))).status,
    ).toBe(200);
    await team.manager.pullAll('clients');
    const reply = await fetch(`${measured.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await reply.text();
    expect(text).toMatch(
      /claimdesk_http_requests_total\{route="\/api\/v1\/sync\/:collection\/push",method="POST",status="200"\} 1/,
    );
    expect(text).toMatch(/claimdesk_sync_documents_total\{direction="push",collection="clients"\} 2/);
    expect(text).toMatch(/claimdesk_sync_documents_total\{direction="pull",collection="clients"\} 2/);
    expect(text).toMatch(/claimdesk_live_streams 0/);
    expect(text).toMatch(/claimdesk_cases 0/);
    expect(text).toMatch(/claimdesk_http_errors_total 0/);
  });
});
