// A request taken while the endpoint is out of reach: kept on the workstation with a route from the
// office's own base, sent once the connection is back, and routed then by the endpoint — which may
// move it to another office's owner — and the person who took it is told where it went.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { createEndpointRequest, createRequestsClient } from '../../shared/endpoint';
import { intakePortFor } from '../../shared/office/requests/intakePort';
import type { PendingIntake } from '../../shared/office/requests/offlineIntake';
import { API_PATHS, type CreatedIntakeKey } from '../../shared/sync';
import { nodeHttp } from '../support/nodeHttp';
import { createTeams, type Api, type OfficeTeam } from './api';
import { pgliteOnly } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { closeWorkstations, save, waitFor, workstation } from './officeWorkstation';
import { freshPhone, HISTORY } from './resolutionFixtures';
import { startServer } from './testServer';

afterEach(closeWorkstations);

const backend = pgliteOnly();
const DAY = 24 * 3600_000;

describe.runIf(backend.runnable)('requests taken offline', () => {
  afterAll(() => backend.cleanup());
  let server: SyncServer;
  let admin: Api;
  let north: OfficeTeam;
  let south: OfficeTeam;

  it('starts the endpoint', async () => {
    ({ server, admin } = await startServer(await backend.freshStore()));
    [north, south] = (await createTeams(admin, 'North', 'South')) as [OfficeTeam, OfficeTeam];
    expect(
      (await admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, { office: south.office.id })).status,
    ).toBe(201);
  });

  it('are routed by the own base at once, and finally by the endpoint at sync, which may move them', async () => {
    const number = freshPhone();
    // North has had this client for a month; South has the same person in its own book.
    const northClient = ownedClient(north, {
      fullName: 'Орлов Игорь',
      phones: [phone(number)],
      createdAt: Date.now() - 30 * DAY,
      updatedAt: Date.now() - 30 * DAY,
      importedFrom: HISTORY,
    });
    expect((await admin.push('clients', inserts([northClient]))).status).toBe(200);
    const w = await workstation(server, south);
    await save(w.core, { fullName: 'Орлов Игорь', phones: [number] });
    const pending: (readonly PendingIntake[])[] = [];
    w.core.pendingIntakes$.subscribe((p) => pending.push(p));

    w.net.setOnline(false);
    const known = await w.core.takeRequestOffline({
      externalId: 'offline-1',
      channel: 'call',
      name: 'Игорь',
      phones: [`8${number.slice(2)}`],
      emails: [],
      note: 'Сочи',
    });
    expect(known.preliminary).toMatchObject({ route: 'owner', assigneeId: south.managerUser.id });
    const stranger = await w.core.takeRequestOffline({
      externalId: 'offline-2',
      channel: 'walk-in',
      name: 'Незнакомец',
      phones: [freshPhone()],
      emails: [],
      note: '',
    });
    expect(stranger.preliminary).toEqual({ route: 'freeDesk' });

    const client = createRequestsClient(
      createEndpointRequest({ baseUrl: server.url, http: nodeHttp(w.net.fetch), token: () => south.manager.token }),
      'en',
    );
    w.core.useRequestIntake(intakePortFor(client));
    await w.core.sendPendingIntakes();
    // Still offline: both wait, nothing is lost.
    expect(pending.at(-1)!.map((p) => p.request.externalId)).toEqual(['offline-1', 'offline-2']);

    w.net.setOnline(true);
    await w.core.sendPendingIntakes();
    expect(pending.at(-1)).toEqual([]);
    await waitFor(() => w.shown.filter((n) => n.kind === 'requestRoutedAtSync').length === 2);
    const routed = w.shown.filter((n) => n.kind === 'requestRoutedAtSync');
    expect(routed.map((n) => [n.params.cause, n.params.assignee])).toEqual([
      ['moved', north.managerUser.name],
      ['decided', south.managerUser.name],
    ]);
    expect(String(routed[0]!.params.explanation)).toContain(
      `${north.managerUser.name}'s client (${north.office.name})`,
    );
    // Sent twice (a retry after a lost answer) it is still one request.
    const again = await client.take(known.request);
    expect(again.ok && again.value.assignee.userId).toBe(north.managerUser.id);
    const inbox = await north.manager.request<{ requests: { id: string }[] }>('GET', API_PATHS.requests);
    expect(inbox.body.requests).toHaveLength(1);
  });

  it('a request the endpoint refuses for good stays on the workstation with the reason', async () => {
    const w = await workstation(server, south);
    const pending: (readonly PendingIntake[])[] = [];
    w.core.pendingIntakes$.subscribe((p) => pending.push(p));
    await w.core.takeRequestOffline({
      externalId: 'x'.repeat(300),
      channel: 'call',
      name: '',
      phones: [freshPhone()],
      emails: [],
      note: '',
    });
    w.core.useRequestIntake(
      intakePortFor(
        createRequestsClient(
          createEndpointRequest({ baseUrl: server.url, http: nodeHttp(), token: () => south.manager.token }),
        ),
      ),
    );
    await w.core.sendPendingIntakes();
    expect(pending.at(-1)).toHaveLength(1);
    expect(pending.at(-1)![0]!.refused).toContain('externalId');
    await w.core.discardPendingIntake('x'.repeat(300));
    expect(pending.at(-1)).toEqual([]);
  });
});
