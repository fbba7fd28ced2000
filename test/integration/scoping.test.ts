// The roles x endpoints x own/foreign office matrix, table-driven, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, DEFAULT_LOOKUP_BUDGET, type PushableCollectionName, type Role } from '../../shared/sync';
import type { Api } from './api';
import { createTeam, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, clientDoc, inserts } from './fixtures';
import { openStream } from './sse';
import { startServer } from './testServer';

type Whose = 'own' | 'foreign';
/** The collections each document of which belongs to one office (case steps belong to a case: caseSteps.test.ts). */
type OfficeCollection = Extract<PushableCollectionName, 'clients' | 'activities'>;
type Caller = Role | 'anonymous';

interface World {
  server: SyncServer;
  apis: Record<Caller, Api>;
  home: OfficeTeam;
  away: OfficeTeam;
}

interface Case {
  endpoint: string;
  /** Expected status per caller, for the caller's own office and for a foreign one. */
  expect: Record<Caller, Record<Whose, number>>;
  run(world: World, caller: Caller, whose: Whose): Promise<number>;
}

const officeOf = (w: World, whose: Whose) => (whose === 'own' ? w.home.office.id : w.away.office.id);
const all = (status: number): Record<Whose, number> => ({ own: status, foreign: status });

/** Pushes one new document into the chosen office; returns the status and checks it landed only on 200. */
async function pushCase(w: World, caller: Caller, whose: Whose, collection: OfficeCollection): Promise<number> {
  const officeId = officeOf(w, whose);
  const doc = collection === 'clients' ? clientDoc(officeId) : activityDoc(officeId, 'c-1');
  const reply = await w.apis[caller].push(collection, inserts([doc]));
  const stored = (await w.apis.admin.pullAll(collection)).documents.some((d) => d.id === doc.id);
  expect(stored).toBe(reply.status === 200);
  return reply.status;
}

/** Pulls everything; 200 only counts if the caller saw exactly the offices it may see. */
async function pullCase(
  w: World,
  caller: Caller,
  whose: Whose,
  collection: OfficeCollection | 'claims',
): Promise<number> {
  const reply = await w.apis[caller].pull(collection, null, 1000);
  if (reply.status !== 200) return reply.status;
  const target = officeOf(w, whose);
  return reply.body.documents.some((d) => d.officeId === target) ? 200 : 204;
}

const ALLOWED_OWN_ONLY = {
  manager: { own: 200, foreign: 403 },
  lead: { own: 200, foreign: 403 },
  admin: all(200),
  anonymous: all(401),
};
// 204 here means "pulled fine, but that office's documents were not in it".
const VISIBLE_OWN_ONLY = {
  manager: { own: 200, foreign: 204 },
  lead: { own: 200, foreign: 204 },
  admin: all(200),
  anonymous: all(401),
};
const ADMIN_ONLY = { manager: all(403), lead: all(403), admin: all(201), anonymous: all(401) };
const SIGNED_IN = { manager: all(200), lead: all(200), admin: all(200), anonymous: all(401) };

const CASES: Case[] = [
  { endpoint: 'push clients', expect: ALLOWED_OWN_ONLY, run: (w, c, o) => pushCase(w, c, o, 'clients') },
  { endpoint: 'push activities', expect: ALLOWED_OWN_ONLY, run: (w, c, o) => pushCase(w, c, o, 'activities') },
  { endpoint: 'pull clients', expect: VISIBLE_OWN_ONLY, run: (w, c, o) => pullCase(w, c, o, 'clients') },
  { endpoint: 'pull activities', expect: VISIBLE_OWN_ONLY, run: (w, c, o) => pullCase(w, c, o, 'activities') },
  // Claims are pulled per office like clients: another office's only through the budgeted look-up.
  { endpoint: 'pull claims', expect: VISIBLE_OWN_ONLY, run: (w, c, o) => pullCase(w, c, o, 'claims') },
  {
    endpoint: 'look up claims',
    expect: SIGNED_IN,
    run: async (w, c) =>
      (await w.apis[c].request('POST', API_PATHS.claimsLookup, { keys: ['phone:+79161234567'] })).status,
  },
  {
    endpoint: 'update an existing client',
    expect: ALLOWED_OWN_ONLY,
    run: async (w, caller, whose) => {
      const team = whose === 'own' ? w.home : w.away;
      const doc = clientDoc(team.office.id);
      await team.manager.push('clients', inserts([doc]));
      // Claiming the foreign document for one's own office is refused as well (403, not a silent move).
      const next = {
        ...doc,
        notes: `edited by ${caller}`,
        officeId: caller === 'admin' ? doc.officeId : w.home.office.id,
      };
      return (await w.apis[caller].push('clients', [{ assumedMasterState: doc, newDocumentState: next }])).status;
    },
  },
  {
    endpoint: 'stream clients',
    expect: { manager: all(200), lead: all(200), admin: all(200), anonymous: all(401) },
    run: async (w, caller) => {
      const stream = await openStream(w.server.url, w.apis[caller].token ?? '', 'clients');
      stream.close();
      return stream.status;
    },
  },
  {
    endpoint: 'stream claims',
    expect: SIGNED_IN,
    run: async (w, caller) => {
      const stream = await openStream(w.server.url, w.apis[caller].token ?? '', 'claims');
      stream.close();
      return stream.status;
    },
  },
  {
    endpoint: 'read regulations',
    expect: { manager: all(200), lead: all(200), admin: all(200), anonymous: all(401) },
    run: async (w, c) => (await w.apis[c].request('GET', API_PATHS.regulations)).status,
  },
  {
    endpoint: 'payout report',
    expect: { manager: all(200), lead: all(200), admin: all(200), anonymous: all(401) },
    run: async (w, c) =>
      (await w.apis[c].request('GET', `${API_PATHS.payoutReport}?from=2025-01-01&to=2025-02-01&by=manager`)).status,
  },
  {
    endpoint: 'case report',
    expect: { manager: all(403), lead: all(200), admin: all(200), anonymous: all(401) },
    run: async (w, c) =>
      (await w.apis[c].request('GET', `${API_PATHS.caseReport}?from=2025-01-01&to=2025-02-01`)).status,
  },
  {
    endpoint: 'directory',
    expect: { manager: all(200), lead: all(200), admin: all(200), anonymous: all(401) },
    run: async (w, c) => (await w.apis[c].request('GET', API_PATHS.directory)).status,
  },
  {
    endpoint: 'create office',
    expect: ADMIN_ONLY,
    run: async (w, c) =>
      (await w.apis[c].request('POST', API_PATHS.adminOffices, { name: `Office ${Math.random()}` })).status,
  },
  {
    endpoint: 'create user',
    expect: ADMIN_ONLY,
    run: async (w, c, o) =>
      (
        await w.apis[c].request('POST', API_PATHS.adminUsers, {
          username: `u${Math.random().toString(36).slice(2)}`,
          password: 'long enough pw',
          name: 'N',
          officeId: officeOf(w, o),
          role: 'manager',
        })
      ).status,
  },
  {
    endpoint: 'rename office',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c, o) => {
      const office = (o === 'own' ? w.home : w.away).office;
      return (await w.apis[c].request('PUT', API_PATHS.adminOffice(office.id), { name: office.name })).status;
    },
  },
  {
    endpoint: "change a person's role and office",
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c, o) => {
      const team = o === 'own' ? w.home : w.away;
      const placement = { role: 'lead', officeId: team.office.id };
      return (await w.apis[c].request('PUT', API_PATHS.adminUserPlacement(team.leadUser.id), placement)).status;
    },
  },
  {
    endpoint: "read the endpoint's health",
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c) => (await w.apis[c].request('GET', API_PATHS.adminHealth)).status,
  },
  {
    endpoint: 'read look-up usage',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c) => (await w.apis[c].request('GET', API_PATHS.adminLookups)).status,
  },
  {
    endpoint: 'set the look-up budget',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c) => (await w.apis[c].request('PUT', API_PATHS.adminLookupBudget, DEFAULT_LOOKUP_BUDGET)).status,
  },
  {
    endpoint: "check an import against the agency's clients",
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c) =>
      (await w.apis[c].request('POST', API_PATHS.adminImportCheck, { keys: ['phone:+79161234567'] })).status,
  },
  {
    endpoint: 'rotate the key secret',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c) => (await w.apis[c].request('POST', API_PATHS.adminRotateKeySecret)).status,
  },
  {
    endpoint: 'enable a person',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c, o) =>
      (await w.apis[c].request('POST', API_PATHS.adminUserEnable((o === 'own' ? w.home : w.away).leadUser.id), {}))
        .status,
  },
  {
    endpoint: 'reset password',
    expect: { ...ADMIN_ONLY, admin: all(200) },
    run: async (w, c, o) =>
      (
        await w.apis[c].request('POST', API_PATHS.adminUserPassword((o === 'own' ? w.home : w.away).leadUser.id), {
          password: 'yet another password',
        })
      ).status,
  },
];

const CALLERS: Caller[] = ['manager', 'lead', 'admin', 'anonymous'];

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`roles x endpoints x offices on ${backend.name}`, () => {
    let world: World;
    beforeAll(async () => {
      const { server, admin, anonymous } = await startServer(await backend.freshStore());
      const [home, away] = await Promise.all([createTeam(admin, 'Home'), createTeam(admin, 'Away')]);
      // Both offices hold documents, so a pull shows whose it could see.
      await home.manager.push('clients', inserts([clientDoc(home.office.id)]));
      await away.manager.push('clients', inserts([clientDoc(away.office.id)]));
      await home.manager.push('activities', inserts([activityDoc(home.office.id, 'c')]));
      await away.manager.push('activities', inserts([activityDoc(away.office.id, 'c')]));
      world = { server, home, away, apis: { manager: home.manager, lead: home.lead, admin, anonymous } };
    }, 120_000);
    afterAll(async () => {
      await world?.server.close();
      await backend.cleanup();
    });

    const rows = CASES.flatMap((c) =>
      CALLERS.flatMap((caller) => (['own', 'foreign'] as const).map((whose) => ({ c, caller, whose }))),
    );
    it.each(rows.map((r) => [r.c.endpoint, r.caller, r.whose, r.c.expect[r.caller][r.whose], r]))(
      '%s as %s, %s office -> %i',
      async (_e, caller, whose, status, row) => {
        expect(await row.c.run(world, row.caller, row.whose)).toBe(status);
      },
    );
  });
}
