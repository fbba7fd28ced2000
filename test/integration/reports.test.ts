// Payout and case reports (issue 5), on both stores: a deal paid after a 60/40 agreement pays
// 60/40 to the kopeck, each role sees its own part, and the case report counts how cases ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { DealEdition } from '../../shared/db/schemas/activity';
import { PAYOUT_CSV_HEADER } from '../../shared/payouts';
import { monthPeriod } from '../../electron/sync-server/plans/marginPlans';
import {
  API_PATHS,
  type ApiError,
  type CaseStatsResponse,
  type MarginPlan,
  type PayoutReportResponse,
  type PlansResponse,
} from '../../shared/sync';
import { createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, inserts } from './fixtures';
import {
  accept,
  DAY,
  decide,
  escalate,
  openCase,
  propose,
  pushSteps,
  SIXTY_FORTY,
  type OpenedCase,
} from './resolutionFixtures';
import { startServer } from './testServer';

/** An odd number of kopecks: 60% of it is not whole, yet the shares must add up to it exactly. */
const MARGIN = 1_000_001;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`payout and case reports on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    /** Petya (office one) owns the clients, Masha (office two) arrived later; office three has its own deals. */
    let one: OfficeTeam;
    let two: OfficeTeam;
    let three: OfficeTeam;
    let agreedCase: OpenedCase;
    let agreementId: string;
    const clock = Date.now();
    const period = `from=${new Date(clock - DAY).toISOString()}&to=${new Date(clock + DAY).toISOString()}`;

    const deal = (
      team: OfficeTeam,
      clientId: string,
      dealId: string,
      at: number,
      status: DealEdition['status'],
      marginMinor = MARGIN,
    ) =>
      activityDoc(team.office.id, clientId, {
        type: 'deal',
        at,
        createdAt: at,
        note: '',
        authorId: team.managerUser.id,
        authorName: team.managerUser.name,
        deal: {
          dealId,
          title: 'Antalya, 7 nights',
          travelStart: '2025-05-01',
          travelEnd: '2025-05-08',
          currency: 'RUB',
          amountMinor: 10 * marginMinor,
          marginMinor,
          status,
          managerId: team.managerUser.id,
          managerName: team.managerUser.name,
        },
      });

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore(), { now: () => clock }));
      [one, two, three] = (await createTeams(admin, 'One', 'Two', 'Three')) as [OfficeTeam, OfficeTeam, OfficeTeam];

      // Agreed 60/40, then Petya's deal on the client is created and paid.
      agreedCase = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, agreedCase.caseDoc, clock + 1000, SIXTY_FORTY);
      const agreement = accept(two.managerUser, agreedCase.caseDoc, clock + 2000, proposal.id);
      agreementId = agreement.id;
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      expect((await pushSteps(two.manager, [agreement])).body).toEqual([]);
      const petyasClient = agreedCase.ownerClient.id;
      expect(
        (
          await one.manager.push(
            'activities',
            inserts([
              deal(one, petyasClient, 'd-antalya', clock + 5000, 'quoted'),
              deal(one, petyasClient, 'd-antalya', clock + 6000, 'paid'),
            ]),
          )
        ).status,
      ).toBe(200);
      // Deals no case touches: 100% to their manager. One is not paid, so it is in no report.
      expect(
        (
          await two.manager.push(
            'activities',
            inserts([deal(two, agreedCase.newcomerClient.id, 'd-masha', clock - 3000, 'paid', 500)]),
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await three.manager.push(
            'activities',
            inserts([
              deal(three, 'c-three', 'd-three', clock + 7000, 'paid', 300),
              deal(three, 'c-three', 'd-open', clock + 7000, 'booked', 999),
            ]),
          )
        ).status,
      ).toBe(200);

      // Escalated and decided by a lead; settled by a rule (the owner's claim lapsed); still open.
      const decided = await openCase(admin, one, two, clock);
      expect((await pushSteps(two.manager, [escalate(two.managerUser, decided.caseDoc, clock + 1000)])).body).toEqual(
        [],
      );
      expect((await pushSteps(one.lead, [decide(one.leadUser, decided.caseDoc, clock + 2000)])).body).toEqual([]);
      await openCase(admin, one, two, clock, { ownerAgeDays: 200, ownerInactiveDays: 100 });
      await openCase(admin, one, two, clock);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const payouts = (api: Api, query = `${period}&by=manager`) =>
      api.request<PayoutReportResponse & ApiError>('GET', `${API_PATHS.payoutReport}?${query}`);

    it('a common plan of two offices counts a split deal for both, by its shares; only its offices see it', async () => {
      const d = new Date(clock);
      const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      // The suite's deals are paid within seconds of `clock`, so inside its month.
      const { from, to } = monthPeriod(month);
      expect(Date.parse(from)).toBeLessThan(clock - 3000);
      expect(Date.parse(to)).toBeGreaterThan(clock + 7000);
      const body = {
        name: 'Общий план',
        month,
        officeIds: [one.office.id, two.office.id],
        target: { amount: 2_000_000, currency: 'RUB' },
      };
      expect((await one.manager.request('PUT', API_PATHS.plans, body)).status).toBe(403);
      expect((await three.lead.request('PUT', API_PATHS.plans, body)).status).toBe(403);
      const bad = await one.lead.request<ApiError>('PUT', API_PATHS.plans, {
        ...body,
        month: '2026-13',
        target: { amount: -1, currency: 'XXX' },
      });
      expect(bad.body.error.fields?.map((f) => f.field)).toEqual(['month', 'target.amount', 'target.currency']);
      const saved = await one.lead.request<MarginPlan>('PUT', API_PATHS.plans, body);
      expect(saved.status).toBe(200);
      const progress = (api: Api) => api.request<PlansResponse>('GET', `${API_PATHS.plans}?month=${month}`);
      const [plan] = (await progress(two.manager)).body.plans;
      const sixty = Math.round(MARGIN * 0.6);
      const forty = MARGIN - sixty;
      expect(plan!.byOffice.map((o) => [o.officeId, o.achieved]).sort()).toEqual(
        [
          [one.office.id, sixty],
          [two.office.id, forty + 500],
        ].sort(),
      );
      expect(plan!.achieved).toBe(MARGIN + 500);
      expect(plan!.byManager.map((m) => m.managerId).sort()).toEqual([one.managerUser.id, two.managerUser.id].sort());
      expect((await progress(three.manager)).body.plans).toEqual([]);
      expect((await progress(admin)).body.plans).toHaveLength(1);
      expect((await one.lead.request('GET', `${API_PATHS.plans}?month=soon`)).status).toBe(400);
    });

    it('a deal paid after a 60/40 agreement pays 60/40, and the shares add up to its margin exactly', async () => {
      const reply = await payouts(admin);
      expect(reply.status).toBe(200);
      const { report, managers, offices } = reply.body;
      const lines = report.groups
        .flatMap((g) => g.lines.filter((l) => l.dealId === 'd-antalya'))
        .sort((a, b) => b.pct - a.pct);
      expect(lines.map((l) => [l.managerId, l.officeId, l.pct, l.reason, l.splitId])).toEqual([
        [one.managerUser.id, one.office.id, 60, 'first-order', `${agreementId}|${agreedCase.ownerClient.id}`],
        [two.managerUser.id, two.office.id, 40, 'first-order', `${agreementId}|${agreedCase.ownerClient.id}`],
      ]);
      expect(lines.reduce((sum, l) => sum + l.owed.amount, 0)).toBe(MARGIN);
      expect(lines.map((l) => l.owed.amount)).toEqual([600_001, 400_000]);
      expect(report.dealCount).toBe(3);
      expect(report.overall).toEqual(report.marginTotals);
      expect(report.overall).toEqual([{ amount: MARGIN + 500 + 300, currency: 'RUB' }]);
      expect(report.totalsByManager).toContainEqual({
        managerId: two.managerUser.id,
        totals: [{ amount: 400_000 + 500, currency: 'RUB' }],
      });
      expect(managers).toEqual({
        [one.managerUser.id]: one.managerUser.name,
        [two.managerUser.id]: two.managerUser.name,
        [three.managerUser.id]: three.managerUser.name,
      });
      expect(offices).toEqual({
        [one.office.id]: one.office.name,
        [two.office.id]: two.office.name,
        [three.office.id]: three.office.name,
      });

      const byOffice = (await payouts(admin, `${period}&by=office`)).body.report;
      expect(byOffice.groups.map((g) => [g.key, g.totals])).toEqual(
        [
          [one.office.id, [{ amount: 600_001, currency: 'RUB' }]],
          [two.office.id, [{ amount: 400_500, currency: 'RUB' }]],
          [three.office.id, [{ amount: 300, currency: 'RUB' }]],
        ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
      );
    });

    it('each role sees its part: a manager their own lines, a lead their office, an admin everything', async () => {
      const owed = async (api: Api) => {
        const { report } = (await payouts(api)).body;
        return {
          lines: report.groups.flatMap((g) => g.lines.map((l) => [l.dealId, l.managerId, l.owed.amount])),
          overall: report.overall,
          marginTotals: report.marginTotals,
          dealCount: report.dealCount,
        };
      };
      expect(await owed(one.manager)).toEqual({
        lines: [['d-antalya', one.managerUser.id, 600_001]],
        overall: [{ amount: 600_001, currency: 'RUB' }],
        marginTotals: [{ amount: MARGIN, currency: 'RUB' }],
        dealCount: 1,
      });
      expect((await owed(two.manager)).lines.sort()).toEqual(
        [
          ['d-antalya', two.managerUser.id, 400_000],
          ['d-masha', two.managerUser.id, 500],
        ].sort(),
      );
      expect((await owed(one.lead)).lines).toEqual([['d-antalya', one.managerUser.id, 600_001]]);
      // The lead of office one sees office two's 40% named as such, and the report reconciles.
      const lead = (await payouts(one.lead)).body;
      expect(lead.report.otherScopes).toEqual([
        { dealId: 'd-antalya', officeId: two.office.id, pct: 40, owed: { amount: 400_000, currency: 'RUB' } },
      ]);
      expect(lead.report.overall[0]!.amount + lead.report.otherScopeTotals[0]!.amount).toBe(MARGIN);
      expect(lead.report.marginTotals).toEqual([{ amount: MARGIN, currency: 'RUB' }]);
      expect(lead.offices).toEqual({ [one.office.id]: one.office.name, [two.office.id]: two.office.name });
      // Office two by name and share only: not its manager, not Masha's own deal.
      expect(lead.managers).toEqual({ [one.managerUser.id]: one.managerUser.name });
      expect(JSON.stringify(lead)).not.toContain('d-masha');
      expect(JSON.stringify(lead)).not.toContain(two.managerUser.id);
      expect((await owed(three.lead)).lines).toEqual([['d-three', three.managerUser.id, 300]]);
      expect((await owed(admin)).lines).toHaveLength(4);
      // Names only of the people and offices in what the viewer sees.
      expect((await payouts(three.lead)).body).toMatchObject({
        managers: { [three.managerUser.id]: three.managerUser.name },
        offices: { [three.office.id]: three.office.name },
      });
      expect(Object.keys((await payouts(three.lead)).body.managers)).toEqual([three.managerUser.id]);
    });

    it('exports CSV with names, exact decimals and a file name', async () => {
      const reply = await admin.request<string>(
        'GET',
        `${API_PATHS.payoutReport}?${period}&by=manager&format=csv&delimiter=,`,
      );
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const day = (offset: number) => new Date(clock + offset).toISOString().slice(0, 10);
      expect(reply.headers.get('content-disposition')).toBe(
        `attachment; filename="claimdesk-payouts-${day(-DAY)}-${day(DAY)}-by-manager.csv"`,
      );
      const rows = reply.body.trimEnd().split('\r\n');
      expect(rows[0]).toBe(PAYOUT_CSV_HEADER.join(','));
      const petya = rows.find(
        (r) => r.startsWith('deal,') && r.includes('d-antalya') && r.includes(one.managerUser.name),
      )!;
      expect(petya).toContain(',"Antalya, 7 nights",');
      expect(petya.split(',').slice(-7)).toEqual([
        one.managerUser.name,
        one.office.name,
        '60',
        '60000.06',
        '6000.01',
        'RUB',
        `${agreementId}|${agreedCase.ownerClient.id}`,
      ]);
      expect(rows[rows.length - 1]).toBe('overall,,,,,,,,,,10008.01,RUB,');
      const semicolons = await one.manager.request<string>(
        'GET',
        `${API_PATHS.payoutReport}?${period}&by=office&format=csv`,
      );
      expect(semicolons.body.split('\r\n')[0]).toBe(PAYOUT_CSV_HEADER.join(';'));
    });

    it('refuses a bad period or option with a clear message', async () => {
      const bad: Array<[string, string, string]> = [
        ['by=manager', 'from', 'Give the start of the period (inclusive) as a date, e.g. from=2025-01-01.'],
        [
          'from=2025-01-01&to=yesterday&by=manager',
          'to',
          '"yesterday" is not a date: give the end of the period (exclusive) as YYYY-MM-DD or an ISO 8601 time with a zone.',
        ],
        ['from=2025-02-01&to=2025-01-01&by=manager', 'to', 'The end of the period must be after its start.'],
        ['from=2025-01-01&to=2025-02-01', 'by', 'Group the report by=manager or by=office.'],
        ['from=2025-01-01&to=2025-02-01&by=team', 'by', 'Group the report by=manager or by=office.'],
        ['from=2025-01-01&to=2025-02-01&by=office&format=xlsx', 'format', 'The format is json (the default) or csv.'],
        [
          'from=2025-01-01&to=2025-02-01&by=office&format=csv&delimiter=|',
          'delimiter',
          'The CSV delimiter is ; (the default, what Excel expects in a Russian locale) or ,.',
        ],
      ];
      for (const [query, field, message] of bad) {
        const reply = await payouts(one.lead, query);
        expect(reply.status).toBe(400);
        expect(reply.body.error.fields).toContainEqual({ field, message });
      }
      for (const from of ['2025-13-01', '2025-02-30', '2025-01-01T10:00']) {
        const reply = await admin.request<ApiError>('GET', `${API_PATHS.caseReport}?from=${from}&to=2026-01-01`);
        expect(reply.status).toBe(400);
        expect(reply.body.error.fields).toEqual([
          {
            field: 'from',
            message: `"${from}" is not a date: give the start of the period (inclusive) as YYYY-MM-DD or an ISO 8601 time with a zone.`,
          },
        ]);
      }
    });

    it('the case report counts cases by how they ended, for leads (their office) and admins only', async () => {
      const reply = await admin.request<CaseStatsResponse & ApiError>('GET', `${API_PATHS.caseReport}?${period}`);
      expect(reply.status).toBe(200);
      const { stats, offices } = reply.body;
      expect(stats).toMatchObject({ opened: 4, resolved: 3, byResolution: { rule: 1, agreement: 1, decision: 1 } });
      expect(stats.medianResolutionMs).toBe(2000);
      expect(stats.byOfficePair).toEqual([
        expect.objectContaining({ offices: [one.office.id, two.office.id].sort(), opened: 4, resolved: 3 }),
      ]);
      expect(offices).toEqual({ [one.office.id]: one.office.name, [two.office.id]: two.office.name });
      expect(
        (await one.lead.request<CaseStatsResponse>('GET', `${API_PATHS.caseReport}?${period}`)).body.stats.opened,
      ).toBe(4);
      expect(
        (await three.lead.request<CaseStatsResponse>('GET', `${API_PATHS.caseReport}?${period}`)).body.stats.opened,
      ).toBe(0);
      const forbidden = await one.manager.request<ApiError>('GET', `${API_PATHS.caseReport}?${period}`);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.message).toBe('The case report is for leads and admins.');
    });
  });
}
