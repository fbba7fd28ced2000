// An office core signed in to a test endpoint and replicating live, with a network cable the
// test can pull (switchableFetch) and the notifications it would show. Two fit in one process
// (RxDB's 13-collection limit).
import type { Subscription } from 'rxjs';
import type { Notification } from '../../shared/notify/notificationRules';
import { emptyDraft, type ClientDraft, type OfficeCore, type OfficeSync } from '../../shared/office';
import { createSyncTransport } from '../../shared/endpoint';
import type { SyncServer } from '../../electron/sync-server/server';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { switchableFetch } from '../support/switchableFetch';
import { TEST_PASSWORD, type OfficeTeam } from './api';

export interface Workstation {
  core: OfficeCore;
  sync: OfficeSync;
  net: ReturnType<typeof switchableFetch>;
  shown: Notification[];
  sub: Subscription;
}

const open: Workstation[] = [];

/** Stops and closes every workstation opened since the last call (use in afterEach). */
export async function closeWorkstations(): Promise<void> {
  for (const w of open.splice(0)) {
    w.sub.unsubscribe();
    await w.sync.stop();
    await w.core.close();
  }
}

export async function workstation(server: SyncServer, team: OfficeTeam): Promise<Workstation> {
  const core = await openMemoryOffice({ profile: { userName: 'Me', officeName: 'Mine', defaultCountry: 'RU' } });
  const net = switchableFetch();
  const session = await signIn(server.url, team.managerUser.username, TEST_PASSWORD);
  await adoptSession(core, server.url, session, team.office.name);
  const sync = core.startSync(
    createSyncTransport({ baseUrl: server.url, token: () => session.token, http: nodeHttp(net.fetch) }),
    server.url,
    { baseRetryMs: 50 },
  );
  const shown: Notification[] = [];
  const sub = core.notifications$.subscribe((n) => shown.push(n));
  await sync.awaitInSync();
  const w = { core, sync, net, shown, sub };
  open.push(w);
  return w;
}

export async function save(core: OfficeCore, fields: Partial<ClientDraft>) {
  const r = await core.saveClient({ ...emptyDraft(), ...fields });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.client;
}

export async function waitFor(predicate: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
