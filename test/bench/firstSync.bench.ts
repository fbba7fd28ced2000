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
import { benchStages, loadAverage } from './stage';

const AGENCY_CLIENTS = 100_000;
const NEW_OFFICE_CLIENTS = 300;
const DUPLICATES = 60;

/**
 * A new office joins an agency whose endpoint holds 100k clients, bringing clients it entered
 * before signing in, some of them the agency's: how long its first sync takes, what it holds
 * afterwards (its own clients and claims and the cases its duplicates opened: other offices'
 * claims are no longer pulled, they are looked up online), and how many notifications that raises
 * (it must be one summary, not a flood).
 */
export async function run(): Promise<BenchFigure[]> {
  const stages = benchStages('firstSync');
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const { server, admin } = await stages.run('start endpoint', () => startServer({ dataDir: dir }));
  try {
    const agency = await createTeam(admin, 'Head office');
    await stages.run(`seed the agency with ${AGENCY_CLIENTS.toLocaleString('en-US')} clients`, async () => {
      for (let i = 0; i < AGENCY_CLIENTS; i += 1000) {
        const now = Date.now();
        const rows = Array.from({ length: 1000 }, (_, j) => {
          const e164 = benchPhone(i + j);
          return {
            assumedMasterState: null,
            newDocumentState: clientDoc(agency.office.id, {
              // The endpoint attests pushes: the pushing manager owns them, dated when pushed.
              ownerId: agency.managerUser.id,
              ownerName: agency.managerUser.name,
              createdAt: now,
              updatedAt: now,
              lastActivityAt: now,
              phones: [{ e164, extension: '' }],
              emails: [],
              identityKeys: [`phone:${e164}`],
            }),
          } as PushRow;
        });
        const reply = await agency.manager.push('clients', rows);
        if (reply.status !== 200) throw new Error(`seed push at client ${i} failed: ${reply.status}`);
      }
    });
    const newcomer = await createTeam(admin, 'New office');
    const core = await stages.run(`a new office enters ${NEW_OFFICE_CLIENTS} clients offline`, async () => {
      const opened = await openMemoryOffice({
        validate: false,
        profile: { userName: 'New manager', officeName: 'New office', defaultCountry: 'RU' },
      });
      for (let i = 0; i < NEW_OFFICE_CLIENTS; i++) {
        const phone = i < DUPLICATES ? benchPhone(i * 997) : benchPhone(AGENCY_CLIENTS + i);
        const saved = await opened.saveClient({
          ...emptyDraft(),
          fullName: `Walk-in ${i}`,
          phones: [`8${phone.slice(2)}`],
        });
        if (!saved.ok) throw new Error(`save of client ${i} failed`);
      }
      return opened;
    });
    const login = await signIn(server.url, newcomer.managerUser.username, TEST_PASSWORD);
    await adoptSession(core, server.url, login, newcomer.office.name);
    const shown: Notification[] = [];
    const sub = core.notifications$.subscribe((n) => shown.push(n));
    const db = databaseOf(core);
    const { seconds, held } = await stages.run('first sync', async () => {
      const started = performance.now();
      const sync = core.startSync(
        createSyncTransport({ baseUrl: server.url, token: () => login.token, http: nodeHttp() }),
        server.url,
      );
      await sync.awaitInSync();
      const elapsed = (performance.now() - started) / 1000;
      // Cases from the endpoint may trail the pushed clients; give them a moment before counting.
      await new Promise((r) => setTimeout(r, 2_000));
      await sync.awaitInSync();
      await sync.stop();
      const counts = {
        clients: await db.clients.count().exec(),
        claims: await db.claims.count().exec(),
        cases: await db.cases.count().exec(),
      };
      return { seconds: elapsed, held: counts };
    });
    const load = loadAverage();
    sub.unsubscribe();
    await core.close();
    if (held.clients < NEW_OFFICE_CLIENTS) throw new Error(`the office holds ${held.clients} clients`);
    if (held.claims < NEW_OFFICE_CLIENTS) throw new Error(`the office's own claims are incomplete: ${held.claims}`);
    const documents = held.clients + held.claims + held.cases;
    return [
      { name: 'first sync of a new office: until in sync', value: seconds, unit: 's' },
      {
        name: 'first sync of a new office: documents held afterwards',
        value: documents,
        unit: `docs (${held.clients} clients, ${held.claims} claims, ${held.cases} cases)`,
      },
      {
        name: `first sync of a new office: cases opened (${DUPLICATES} duplicates brought)`,
        value: held.cases,
        unit: 'cases',
      },
      {
        name: 'first sync of a new office: notifications shown',
        value: shown.length,
        unit: `(${shown.map((n) => n.kind).join(', ') || 'none'})`,
      },
      { name: 'first sync of a new office: load average', value: load, unit: '(1 min)' },
    ];
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
