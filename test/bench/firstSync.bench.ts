import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyncTransport } from '../../shared/endpoint';
import type { Notification } from '../../shared/notify/notificationRules';
import { emptyDraft } from '../../shared/office';
import type { PushRow } from '../../shared/sync';
import { createTeam, TEST_PASSWORD } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { startServer } from '../integration/testServer';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import { benchPhone } from './claimsFixture';
import type { BenchFigure } from './figure';
import { databaseOf } from '../support/officeDatabase';

const AGENCY_CLIENTS = 100_000;
const NEW_OFFICE_CLIENTS = 300;
const DUPLICATES = 60;

/**
 * A new office joins an agency whose claims index holds 100k keys, bringing clients it entered
 * before signing in, some of them the agency's: how long until its claims index is complete,
 * and how many notifications that raises (it must be one summary, not a flood).
 */
export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const { server, admin } = await startServer({ dataDir: dir });
  try {
    const agency = await createTeam(admin, 'Head office');
    for (let i = 0; i < AGENCY_CLIENTS; i += 1000) {
      const rows = Array.from({ length: 1000 }, (_, j) => {
        const e164 = benchPhone(i + j);
        return {
          assumedMasterState: null,
          newDocumentState: clientDoc(agency.office.id, {
            phones: [{ e164, extension: '' }],
            emails: [],
            identityKeys: [`phone:${e164}`],
          }),
        } as PushRow;
      });
      const reply = await agency.manager.push('clients', rows);
      if (reply.status !== 200) throw new Error(`seed push failed: ${reply.status}`);
    }
    const newcomer = await createTeam(admin, 'New office');
    const core = await openMemoryOffice({
      validate: false,
      profile: { userName: 'New manager', officeName: 'New office', defaultCountry: 'RU' },
    });
    for (let i = 0; i < NEW_OFFICE_CLIENTS; i++) {
      const phone = i < DUPLICATES ? benchPhone(i * 997) : benchPhone(AGENCY_CLIENTS + i);
      const saved = await core.saveClient({
        ...emptyDraft(),
        fullName: `Walk-in ${i}`,
        phones: [`8${phone.slice(2)}`],
      });
      if (!saved.ok) throw new Error('save failed');
    }
    const login = await signIn(server.url, newcomer.managerUser.username, TEST_PASSWORD);
    await adoptSession(core, server.url, login, newcomer.office.name);
    const shown: Notification[] = [];
    const sub = core.notifications$.subscribe((n) => shown.push(n));
    const started = performance.now();
    const sync = core.startSync(
      createSyncTransport({ baseUrl: server.url, token: () => login.token, http: nodeHttp() }),
      server.url,
    );
    await sync.awaitInSync();
    const claims = await databaseOf(core).claims.count().exec();
    const seconds = (performance.now() - started) / 1000;
    // Cases from the endpoint may trail the claims; give them a moment before counting.
    await new Promise((r) => setTimeout(r, 2_000));
    await sync.awaitInSync();
    const cases = await databaseOf(core).cases.count().exec();
    sub.unsubscribe();
    await sync.stop();
    await core.close();
    if (claims < AGENCY_CLIENTS + NEW_OFFICE_CLIENTS) throw new Error(`claims index incomplete: ${claims}`);
    return [
      {
        name: `first sync of a new office: complete claims index (${claims.toLocaleString('en-US')} claims)`,
        value: seconds,
        unit: 's',
      },
      {
        name: `first sync of a new office: cases opened (${DUPLICATES} duplicates brought)`,
        value: cases,
        unit: 'cases',
      },
      {
        name: 'first sync of a new office: notifications shown',
        value: shown.length,
        unit: `(${shown.map((n) => n.kind).join(', ') || 'none'})`,
      },
    ];
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
