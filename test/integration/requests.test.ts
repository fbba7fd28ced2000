// Incoming requests through the endpoint, on both stores: intake keys, the fixed intake contract
// (201/200/400/401/429), routing to an existing client's owner across offices, to a household's
// manager, to the same manager on a repeat, the free desk's rotation (also under concurrency), a
// lead's personal assignment, owed leads paid exactly, and who may see and change what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { createIntakeClient } from '../../shared/endpoint';
import {
  API_PATHS,
  type AdminUser,
  type ApiError,
  type CreatedIntakeKey,
  type DeskBoard,
  type InboxRequest,
  type IntakeAnswer,
  type RequestReport,
  type RequestsInbox,
  type SyncDocument,
} from '../../shared/sync';
import { nodeHttp } from '../support/nodeHttp';
import type { Api } from './api';
import { createIntakeKey, createTeams, TEST_PASSWORD, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts, ownedClient, phone } from './fixtures';
import { accept, freshPhone, HISTORY, openCase, propose, pushSteps, stateOf, SIXTY_FORTY } from './resolutionFixtures';
import { startServer } from './testServer';

const DAY = 24 * 3600_000;

type Answer = IntakeAnswer & ApiError;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`incoming requests on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let north: OfficeTeam;
    let south: OfficeTeam;
    /** A second manager of South, so its free desk has a rotation. */
    let southTwo: { api: Api; user: AdminUser };
    let southKey: CreatedIntakeKey;
    let clock = Date.now();
    let externalCounter = 0;

    const nextExternalId = () => `ext-${++externalCounter}`;
    const intake = (key: string, body: unknown, language = 'ru') =>
      anonymous.request<Answer>('POST', API_PATHS.requests, body, { 'x-api-key': key, 'accept-language': language });
    const request = (phones: string[], extra: Record<string, unknown> = {}) => ({
      externalId: nextExternalId(),
      channel: 'call',
      name: 'Иванова Мария',
      phones,
      emails: [],
      note: 'Турция 12–19.06',
      ...extra,
    });
    /** North's client from its history (imported by the admin, so its date is believed), pushed. */
    const northClient = (
      fullName: string,
      number: string,
      ageDays: number,
      extra: Partial<SyncDocument<'clients'>> = {},
    ) =>
      ownedClient(north, {
        fullName,
        phones: [phone(number)],
        createdAt: clock - ageDays * DAY,
        updatedAt: clock - ageDays * DAY,
        importedFrom: HISTORY,
        ...extra,
      });
    const pushClients = async (...clients: SyncDocument<'clients'>[]) =>
      expect((await admin.push('clients', inserts(clients))).status).toBe(200);
    const requestCount = async () =>
      (await admin.request<RequestsInbox>('GET', API_PATHS.requests)).body.requests.length;

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore(), { now: () => clock }));
      [north, south] = (await createTeams(admin, 'North', 'South')) as [OfficeTeam, OfficeTeam];
      const user = await admin.createUser({
        username: `south-two-${south.office.id.slice(0, 8)}`,
        password: TEST_PASSWORD,
        name: 'Коля Второй',
        officeId: south.office.id,
        role: 'manager',
      });
      southTwo = { api: await admin.login(user.username, TEST_PASSWORD), user };
      southKey = await createIntakeKey(admin, south.office.name, 'site form');
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('only an admin creates intake keys; the key is shown once and works only for its office', async () => {
      const byLead = await south.lead.request<ApiError>('POST', API_PATHS.adminIntakeKeys, { office: south.office.id });
      expect(byLead.status).toBe(403);
      const bad = await admin.request<ApiError>('POST', API_PATHS.adminIntakeKeys, { office: 'No such office' });
      expect(bad.status).toBe(404);
      expect(southKey.key).toMatch(/^cdk_[\w-]{40,}$/);
      const listed = await admin.request<{ keys: unknown[] }>('GET', API_PATHS.adminIntakeKeys);
      expect(JSON.stringify(listed.body)).not.toContain(southKey.key);
    });

    it('a new client goes to the next free manager; the same externalId again is answered, not taken twice', async () => {
      const body = request([freshPhone()]);
      const first = await intake(southKey.key, body);
      expect(first.status).toBe(201);
      expect(first.body.route).toBe('freeDesk');
      expect([south.managerUser.id, southTwo.user.id]).toContain(first.body.assignee.userId);
      expect(first.body.assignee.officeId).toBe(south.office.id);
      expect(first.body.explanation).toBe(`Новый клиент — следующий свободный менеджер: ${first.body.assignee.name}.`);
      const before = await requestCount();
      const again = await intake(southKey.key, body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await requestCount()).toBe(before);
    });

    it('bad input is refused with its fields and nothing is written; a missing or revoked key is 401', async () => {
      const before = await requestCount();
      const cases: [unknown, string][] = [
        [{ channel: 'call', phones: ['+79161234567'] }, 'externalId'],
        [{ externalId: 'x1', channel: 'fax', phones: ['+79161234567'] }, 'channel'],
        [{ externalId: 'x2', channel: 'call', phones: [], emails: [] }, 'phones'],
        [{ externalId: 'x3', channel: 'call', phones: ['Anonymous'] }, 'phones[0]'],
        [{ externalId: 'x4', channel: 'email', emails: ['not-an-address'] }, 'emails[0]'],
        [{ externalId: 'x5', channel: 'call', phones: ['+79161234567'], ownerId: 'me' }, 'ownerId'],
        [{ externalId: 'x6', channel: 'call', phones: '+79161234567' }, 'phones'],
        [[1, 2], ''],
      ];
      for (const [body, field] of cases) {
        const reply = await intake(southKey.key, body);
        expect({ status: reply.status, fields: reply.body.error?.fields?.map((f) => f.field) }).toEqual({
          status: 400,
          fields: expect.arrayContaining([field]),
        });
      }
      const noKey = await anonymous.request<ApiError>('POST', API_PATHS.requests, request(['+79161230000']));
      expect(noKey.status).toBe(401);
      expect((await intake('cdk_not-a-key', request(['+79161230000']))).status).toBe(401);
      const spare = await createIntakeKey(admin, south.office.id);
      expect((await intake(spare.key, request([freshPhone()]))).status).toBe(201);
      const revoked = await admin.request('POST', API_PATHS.adminIntakeKeysRevoke, { key: spare.key });
      expect(revoked.status).toBe(200);
      expect((await intake(spare.key, request([freshPhone()]))).status).toBe(401);
      expect(await requestCount()).toBe(before + 1);
    });

    it("an existing client's number typed another way goes to the owner in the other office, who alone reads it", async () => {
      const number = freshPhone();
      const client = northClient('Иванов Сергей Петрович', number, 30);
      await pushClients(client);
      const typed = `8 (${number.slice(2, 5)}) ${number.slice(5, 8)}-${number.slice(8, 10)}-${number.slice(10)}`;
      const reply = await intake(southKey.key, request([typed]), 'en');
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        route: 'owner',
        assignee: { userId: north.managerUser.id, name: north.managerUser.name, officeId: north.office.id },
      });
      expect(reply.body.explanation).toContain(
        `Иванов С. П. has been ${north.managerUser.name}'s client (${north.office.name})`,
      );
      // The receiving office learns whose client it is, not the client's record.
      expect(JSON.stringify(reply.body)).not.toContain(client.id);
      const ownersInbox = (await north.manager.request<RequestsInbox>('GET', API_PATHS.requests)).body.requests;
      expect(ownersInbox.map((r) => r.id)).toContain(reply.body.id);
      const southManagers = [south.manager, southTwo.api];
      for (const api of southManagers) {
        const inbox = (await api.request<RequestsInbox>('GET', API_PATHS.requests)).body.requests;
        expect(inbox.map((r) => r.id)).not.toContain(reply.body.id);
      }
    });

    it("a spouse calling from her own number reaches the manager of her husband's family", async () => {
      const husbandNumber = freshPhone();
      const wifeNumber = freshPhone();
      const household = `household-${wifeNumber}`;
      await pushClients(
        northClient('Петров Иван', husbandNumber, 60, { householdId: household }),
        northClient('Петрова Анна', wifeNumber, 10, { householdId: household }),
      );
      const reply = await intake(southKey.key, request([wifeNumber]));
      expect(reply.body).toMatchObject({ route: 'household', assignee: { userId: north.managerUser.id } });
      expect(reply.body.explanation).toContain('Член семьи клиента Петров И.');
    });

    it('a repeat request of the same person goes to the same manager', async () => {
      const number = freshPhone();
      const first = await intake(southKey.key, request([number]));
      const second = await intake(southKey.key, request([number], { channel: 'messenger' }));
      expect(second.body).toMatchObject({ route: 'repeat', assignee: first.body.assignee });
    });

    it('the free desk takes turns, skips a manager who is away, and only the person or their lead sets the status', async () => {
      const forbidden = await southTwo.api.request('PUT', API_PATHS.desk, {
        userId: south.managerUser.id,
        status: 'away',
      });
      expect(forbidden.status).toBe(403);
      expect((await southTwo.api.request('PUT', API_PATHS.desk, { status: 'sleeping' })).status).toBe(400);
      clock += DAY; // a new day: nobody has had a turn yet
      const assignees: string[] = [];
      for (let i = 0; i < 4; i += 1)
        assignees.push((await intake(southKey.key, request([freshPhone()]))).body.assignee.userId);
      expect(new Set(assignees.slice(0, 2)).size).toBe(2);
      expect(assignees.slice(2)).toEqual(assignees.slice(0, 2));
      const set = await south.lead.request<DeskBoard>('PUT', API_PATHS.desk, {
        userId: south.managerUser.id,
        status: 'away',
      });
      expect(set.status).toBe(200);
      expect(set.body.people.find((p) => p.userId === south.managerUser.id)).toMatchObject({
        status: 'away',
        turnsToday: 2,
      });
      for (let i = 0; i < 2; i += 1)
        expect((await intake(southKey.key, request([freshPhone()]))).body.assignee.userId).toBe(southTwo.user.id);
      await south.manager.request('PUT', API_PATHS.desk, { status: 'available' });
    });

    it('requests taken at once never share a turn: the desk stays even', async () => {
      clock += DAY;
      const replies = await Promise.all(
        Array.from({ length: 12 }, () => intake(southKey.key, request([freshPhone()]))),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(12).fill(201));
      const counts = new Map<string, number>();
      for (const r of replies) counts.set(r.body.assignee.userId, (counts.get(r.body.assignee.userId) ?? 0) + 1);
      expect([...counts.values()].sort()).toEqual([6, 6]);
      const board = (await south.lead.request<DeskBoard>('GET', API_PATHS.desk)).body;
      expect(board.people.filter((p) => p.role === 'manager').map((p) => p.turnsToday)).toEqual([6, 6]);
    });

    it('the request reaches the offices involved as a document, and no one else; offices cannot write one', async () => {
      const number = freshPhone();
      await pushClients(northClient('Сидоров Олег', number, 1));
      const [third] = await createTeams(admin, 'Third');
      const taken = await intake(southKey.key, request([number]));
      const docOf = async (api: Api) => (await api.pullAll('requests')).documents.find((d) => d.id === taken.body.id);
      expect(await docOf(north.manager)).toMatchObject({
        officeId: south.office.id,
        officeIds: [north.office.id, south.office.id].sort(),
        assignee: { userId: north.managerUser.id },
        route: 'owner',
        state: 'new',
        phones: [number],
      });
      expect(await docOf(south.lead)).toMatchObject({ route: 'owner' });
      expect(await docOf(third!.manager)).toBeUndefined();
      const forged = {
        ...(await docOf(north.manager))!,
        assignee: { userId: third!.managerUser.id, name: 'x', officeId: third!.office.id },
      };
      expect((await third!.manager.request('POST', API_PATHS.push('requests'), inserts([forged]))).status).toBe(403);
    });

    it('a person of the office may take a request with their token; an admin of no office may not', async () => {
      const reply = await south.manager.request<Answer>('POST', API_PATHS.requests, request([freshPhone()]));
      expect(reply.status).toBe(201);
      expect(reply.body.assignee.officeId).toBe(south.office.id);
      const byAdmin = await admin.request<Answer>('POST', API_PATHS.requests, request([freshPhone()]));
      expect(byAdmin.status).toBe(403);
    });

    it('a person sees where a request would go before taking it; nothing is stored', async () => {
      const number = freshPhone();
      await pushClients(northClient('Зайцев Антон', number, 1));
      const before = await requestCount();
      const body = { channel: 'call', name: '', phones: [number], emails: [], note: '' };
      const preview = await southTwo.api.request<IntakeAnswer>('POST', API_PATHS.requestPreview, body);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ route: 'owner', assignee: { userId: north.managerUser.id } });
      expect(preview.body).not.toHaveProperty('id');
      expect(await requestCount()).toBe(before);
      expect((await southTwo.api.request('POST', API_PATHS.requestPreview, { ...body, phones: [] })).status).toBe(400);
      expect((await admin.request('POST', API_PATHS.requestPreview, body)).status).toBe(403);
      expect((await anonymous.request('POST', API_PATHS.requestPreview, body)).status).toBe(401);
    });

    it('the assignee moves a request through its states; others cannot; a lost request says why', async () => {
      const taken = await intake(southKey.key, request([freshPhone()]));
      const assignee = taken.body.assignee.userId === south.managerUser.id ? south.manager : southTwo.api;
      const other = assignee === south.manager ? southTwo.api : south.manager;
      const path = API_PATHS.requestState(taken.body.id);
      expect((await other.request('POST', path, { state: 'inWork' })).status).toBe(404);
      expect((await north.lead.request('POST', path, { state: 'inWork' })).status).toBe(404);
      clock += 90_000;
      const inWork = await assignee.request<InboxRequest>('POST', path, { state: 'inWork' });
      expect(inWork.body).toMatchObject({ state: 'inWork', firstResponseAt: clock });
      expect(inWork.body.firstResponseAt! - inWork.body.receivedAt).toBe(90_000);
      expect((await assignee.request<ApiError>('POST', path, { state: 'lost' })).status).toBe(400);
      const lost = await assignee.request<InboxRequest>('POST', path, {
        state: 'lost',
        reason: 'Выбрали другое агентство',
      });
      expect(lost.body).toMatchObject({
        state: 'lost',
        stateReason: 'Выбрали другое агентство',
        firstResponseAt: inWork.body.firstResponseAt,
      });
      expect((await assignee.request('POST', path, { state: 'inWork' })).status).toBe(409);
    });

    it('a lead assigns personally within their office, with the reason; a manager cannot', async () => {
      const taken = await intake(southKey.key, request([freshPhone()]));
      const path = API_PATHS.requestAssign(taken.body.id);
      expect((await south.manager.request('POST', path, { userId: southTwo.user.id, reason: 'x' })).status).toBe(403);
      expect((await south.lead.request('POST', path, { userId: north.managerUser.id, reason: 'x' })).status).toBe(403);
      expect((await south.lead.request('POST', path, { userId: southTwo.user.id })).status).toBe(400);
      const assigned = await south.lead.request<InboxRequest>(
        'POST',
        path,
        { userId: southTwo.user.id, reason: 'знает Турцию' },
        { 'accept-language': 'en' },
      );
      expect(assigned.body).toMatchObject({ route: 'personal', assignee: { userId: southTwo.user.id } });
      expect(assigned.body.explanation).toBe(
        `Assigned personally by ${south.leadUser.name} to ${southTwo.user.name}. Reason: знает Турцию`,
      );
    });

    it("owed leads are paid out of the debtor's turns, exactly as many as agreed, and the case shows it", async () => {
      // South's first manager owes North's manager 3 leads: South held the client first.
      clock += DAY;
      const { caseDoc } = await openCase(admin, south, north, clock);
      const proposal = propose(north.managerUser, caseDoc, clock + 1000, SIXTY_FORTY);
      expect((await pushSteps(north.manager, [proposal])).status).toBe(200);
      expect(
        (await pushSteps(south.manager, [accept(south.managerUser, caseDoc, clock + 2000, proposal.id)])).status,
      ).toBe(200);
      clock += 10_000;
      const routes: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        const reply = await intake(southKey.key, request([freshPhone()]));
        routes.push(`${reply.body.route}:${reply.body.assignee.userId}`);
      }
      const owed = routes.filter((r) => r.startsWith('owedLead:'));
      expect(owed).toEqual(Array(3).fill(`owedLead:${north.managerUser.id}`));
      // South's other manager keeps their own turns: the debt is paid from the debtor's turns only.
      expect(routes.filter((r) => r === `freeDesk:${southTwo.user.id}`)).toHaveLength(5);
      const state = await stateOf(north.manager, caseDoc);
      expect(state.leadsHandedOver).toBe(3);
    });

    it('the requests report counts channels, routes, first responses, owed leads and conversion within scope', async () => {
      const period = `?from=${new Date(0).toISOString()}&to=${new Date(clock + DAY).toISOString()}`;
      const byLead = await south.lead.request<RequestReport>('GET', `${API_PATHS.requestReport}${period}`);
      expect(byLead.status).toBe(200);
      const report = byLead.body;
      const inbox = (await south.lead.request<RequestsInbox>('GET', API_PATHS.requests)).body.requests;
      expect(report.total).toBe(inbox.length);
      const routes = Object.fromEntries(report.byRoute.map((r) => [r.route, r.requests]));
      expect(routes).toMatchObject({ owedLead: 3, owner: expect.any(Number), household: 1, repeat: 1 });
      expect(report.owedLeads).toEqual({ given: 3, outstanding: 0 });
      expect(report.firstResponse).toMatchObject({ answered: 1, medianMs: 90_000 });
      expect(report.conversion).toBe(0);
      expect(report.byChannel.every((c) => c.officeId === south.office.id)).toBe(true);
      const mine = (await north.manager.request<RequestReport>('GET', `${API_PATHS.requestReport}${period}`)).body;
      const northInbox = (await north.manager.request<RequestsInbox>('GET', API_PATHS.requests)).body.requests;
      expect(mine.total).toBe(northInbox.length);
      const bad = await south.lead.request<ApiError>('GET', `${API_PATHS.requestReport}?from=yesterday`);
      expect(bad.status).toBe(400);
    });

    it("a person's requests spend the look-up budget: made-up requests are no free look-up", async () => {
      const budget = (await admin.request<{ perHour: number; perDay: number }>('GET', API_PATHS.adminLookupBudget))
        .body;
      await admin.request('PUT', API_PATHS.adminLookupBudget, { perHour: 2, perDay: 5 });
      try {
        const statuses = [];
        for (let i = 0; i < 3; i += 1)
          statuses.push((await southTwo.api.request('POST', API_PATHS.requests, request([freshPhone()]))).status);
        expect(statuses).toEqual([201, 201, 429]);
      } finally {
        await admin.request('PUT', API_PATHS.adminLookupBudget, budget);
      }
    });

    it('revoking a key twice says it was revoked already', async () => {
      const spare = await createIntakeKey(admin, south.office.id);
      const first = await admin.request<{ alreadyRevoked: boolean; revokedAt: number }>(
        'POST',
        API_PATHS.adminIntakeKeysRevoke,
        { id: spare.id },
      );
      clock += 1000;
      const second = await admin.request<{ alreadyRevoked: boolean; revokedAt: number }>(
        'POST',
        API_PATHS.adminIntakeKeysRevoke,
        { key: spare.key },
      );
      expect([first.body.alreadyRevoked, second.body.alreadyRevoked]).toEqual([false, true]);
      expect(second.body.revokedAt).toBe(first.body.revokedAt);
      const neither = await admin.request<ApiError>('POST', API_PATHS.adminIntakeKeysRevoke, {});
      expect(neither.body.error.message).toContain('Give the key itself or its id.');
    });

    it('the intake is rate-limited per calling address with a clear 429', async () => {
      const limited = await startServer(await backend.freshStore(), { intakeRateLimit: { max: 3, windowMs: 60_000 } });
      try {
        const [team] = await createTeams(limited.admin, 'Limited');
        const key = (
          await limited.admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, { office: team!.office.id })
        ).body.key;
        const client = createIntakeClient({ baseUrl: limited.server.url, http: nodeHttp(), apiKey: key });
        const statuses: (number | string)[] = [];
        for (let i = 0; i < 4; i += 1) {
          const result = await client.take({
            externalId: `r${i}`,
            channel: 'site',
            name: '',
            phones: [freshPhone()],
            emails: [],
            note: '',
          });
          statuses.push(result.ok ? 'ok' : result.failure.code);
        }
        expect(statuses).toEqual(['ok', 'ok', 'ok', 'too_many_requests']);
        const reply = await limited.anonymous.request<ApiError>('POST', API_PATHS.requests, request([freshPhone()]), {
          'x-api-key': key,
        });
        expect(reply.status).toBe(429);
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
        // Counted by calling address: made-up keys buy no fresh allowance.
        const fakes = [];
        for (let i = 0; i < 2; i += 1)
          fakes.push(
            (
              await limited.anonymous.request('POST', API_PATHS.requests, request([freshPhone()]), {
                'x-api-key': `cdk_fake${i}`,
              })
            ).status,
          );
        expect(fakes).toEqual([429, 429]);
      } finally {
        await limited.server.close();
      }
    });
  });
}
