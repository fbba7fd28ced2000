// A soak of a working day: Petya and Vasya in Office 1 (two office cores in this process) and
// Masha in Office 2 (a core in a worker thread) against a real endpoint. Seeded random edits,
// clients that match across and inside offices, cases settled by the regulations and by people,
// cables pulled and plugged back at random. At the end every workstation has nothing waiting,
// shows the same data, and showed each notification exactly once.
import { afterAll, describe, expect, it } from 'vitest';
import { seededPrng } from '../../../shared/payouts/seededPrng';
import type { SyncServer } from '../../../electron/sync-server/server';
import type { Terms } from '../../../shared/workflow';
import { emptyDraft } from '../../../shared/office';
import { createTeam, TEST_PASSWORD, type Api, type OfficeTeam } from '../api';
import { pgliteOnly } from '../backends';
import { closeWorkstations, workstation, type Workstation } from '../officeWorkstation';
import { startServer } from '../testServer';
import { workerOffice, type WorkerOffice } from './workerOffice';
import { stateOf, type WorkstationState } from './workstationState';

const SEED = 20261012;
const ROUNDS = 60;
const PHONES = ['+79161110001', '+79161110002', '+79161110003', '+79161110004'];
const NAMES = ['Иванов Пётр', 'Смирнова Анна', 'Кузнецов Олег', 'Попова Мария'];

interface Station {
  name: string;
  userId: string;
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  setOnline(online: boolean): Promise<void>;
  awaitInSync(): Promise<void>;
  state(): Promise<WorkstationState>;
}

function local(name: string, userId: string, w: Workstation): Station {
  const core = w.core as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  return {
    name,
    userId,
    call: <T>(method: string, ...args: unknown[]) => core[method]!.apply(w.core, args) as Promise<T>,
    setOnline: async (online) => w.net.setOnline(online),
    awaitInSync: () => w.sync.awaitInSync(),
    state: () => stateOf(w.core, w.shown),
  };
}

function remote(name: string, userId: string, w: WorkerOffice): Station {
  return {
    name,
    userId,
    call: (method, ...args) => w.call(method, ...args),
    setOnline: async (online) => void (await w.call('setOnline', online)),
    awaitInSync: async () => void (await w.call('awaitInSync')),
    state: () => w.state(),
  };
}

const split = (owner: number): Terms => ({
  keeper: owner >= 50 ? 'owner' : 'newcomer',
  firstOrderSplit: { owner, newcomer: 100 - owner },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
});

function shared(state: WorkstationState, officeId: string): WorkstationState['cases'] {
  return Object.fromEntries(Object.entries(state.cases).filter(([, c]) => c.officeIds.includes(officeId)));
}

const backend = pgliteOnly();

describe.runIf(backend.runnable)('a working day of three workstations', () => {
  let masha: WorkerOffice | null = null;
  afterAll(async () => {
    await masha?.terminate();
    await closeWorkstations();
    await backend.cleanup();
  });

  it('ends with nothing waiting, the same data everywhere, and each notification shown once', async () => {
    const { server, admin }: { server: SyncServer; admin: Api } = await startServer(await backend.freshStore());
    const office1: OfficeTeam = await createTeam(admin, 'Office 1');
    const office2: OfficeTeam = await createTeam(admin, 'Office 2');
    const vasyaUser = await admin.createUser({
      username: `vasya-${office1.office.id.slice(0, 8)}`,
      password: TEST_PASSWORD,
      name: 'Вася Сидоров',
      officeId: office1.office.id,
      role: 'manager',
    });
    const petya = local('Petya', office1.managerUser.id, await workstation(server, office1));
    const vasya = local('Vasya', vasyaUser.id, await workstation(server, { ...office1, managerUser: vasyaUser }));
    masha = await workerOffice(server.url, { office: office2.office, managerUser: office2.managerUser });
    const mashaStation = remote('Masha', office2.managerUser.id, masha);
    const stations = [petya, vasya, mashaStation];
    const online = new Map(stations.map((s) => [s, true]));

    const prng = seededPrng(SEED);
    for (let round = 0; round < ROUNDS; round++) {
      const actor = prng.pick(stations);
      const roll = prng.next();
      if (roll < 0.45) {
        await actor.call('saveClient', { ...emptyDraft(), fullName: prng.pick(NAMES), phones: [prng.pick(PHONES)] });
      } else if (roll < 0.6) {
        const next = !online.get(actor);
        online.set(actor, next);
        await actor.setOnline(next);
      } else {
        // Negotiate one of the actor's open cases: accept the other side's offer, or make one.
        const cases = Object.entries((await actor.state()).cases).filter(
          ([, c]) => c.managers.includes(actor.userId) && (c.phase === 'open' || c.phase === 'negotiating'),
        );
        if (!cases.length) continue;
        const [caseId, c] = prng.pick(cases);
        if (c.proposal && c.proposal.by !== actor.userId && prng.next() < 0.8)
          await actor.call('accept', caseId, c.proposal.id);
        else await actor.call('propose', caseId, split(prng.pick([50, 60, 70, 40])));
      }
    }

    for (const s of stations) await s.setOnline(true);
    const deadline = Date.now() + 30_000;
    let states: WorkstationState[] = [];
    for (;;) {
      for (const s of stations) await s.awaitInSync();
      states = await Promise.all(stations.map((s) => s.state()));
      const [p, v, m] = states as [WorkstationState, WorkstationState, WorkstationState];
      const agree =
        states.every((s) => s.pending === 0) &&
        JSON.stringify(p.cases) === JSON.stringify(v.cases) &&
        JSON.stringify(p.clients) === JSON.stringify(v.clients) &&
        JSON.stringify(shared(p, office2.office.id)) === JSON.stringify(shared(m, office1.office.id));
      if (agree || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const [p, v, m] = states as [WorkstationState, WorkstationState, WorkstationState];
    expect(states.map((s) => s.pending)).toEqual([0, 0, 0]);
    expect(v.cases).toEqual(p.cases);
    expect(v.clients).toEqual(p.clients);
    expect(shared(m, office1.office.id)).toEqual(shared(p, office2.office.id));
    for (const s of states) expect(Object.values(s.shownTimes).filter((n) => n !== 1)).toEqual([]);
    // The day did happen: cases opened across the offices, and the regulations escalated some.
    expect(Object.keys(shared(p, office2.office.id)).length).toBeGreaterThan(0);
    expect(Object.values(p.cases).some((c) => c.phase === 'escalated')).toBe(true);
  }, 60_000);
});
