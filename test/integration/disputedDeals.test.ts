// The bonus of a deal already paid when the dispute began, on both stores: the terms name
// it, the endpoint checks that it is a deal of the case's own clients, and the payout report keeps
// what it said at payment and corrects it in the period of the agreement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { DealEdition } from '../../shared/db/schemas/activity';
import type { TermsDoc } from '../../shared/db/schemas/caseEvent';
import { API_PATHS, type ApiError, type PayoutReportResponse } from '../../shared/sync';
import { createTeams, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, inserts } from './fixtures';
import { accept, DAY, openCase, propose, pushSteps, stepsOf, type OpenedCase } from './resolutionFixtures';
import { startServer } from './testServer';

const MARGIN = 1_200_000;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`disputed deals named in the terms on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    /** Petya (office one) owns the client and was paid before the dispute; Masha (office two) has an open deal. */
    let one: OfficeTeam;
    let two: OfficeTeam;
    let three: OfficeTeam;
    let opened: OpenedCase;
    let agreedAt: number;
    const clock = Date.now();
    const iso = (at: number) => new Date(at).toISOString();
    /** The payment's period ends before the agreement; the agreement's period holds the correction. */
    const paymentPeriod = `from=${iso(clock - DAY)}&to=${iso(clock + 1500)}`;
    const agreementPeriod = `from=${iso(clock + 1500)}&to=${iso(clock + DAY)}`;

    const deal = (team: OfficeTeam, clientId: string, dealId: string, at: number, status: DealEdition['status']) =>
      activityDoc(team.office.id, clientId, {
        type: 'deal',
        at,
        createdAt: at,
        note: '',
        authorId: team.managerUser.id,
        authorName: team.managerUser.name,
        deal: {
          dealId,
          title: 'Sochi, 5 nights',
          travelStart: '2025-06-01',
          travelEnd: '2025-06-06',
          currency: 'RUB',
          amountMinor: 10 * MARGIN,
          marginMinor: MARGIN,
          status,
          managerId: team.managerUser.id,
          managerName: team.managerUser.name,
        },
      });
    const sixtyFortyNaming = (disputedDeals: string[]): TermsDoc => ({
      keeper: 'owner',
      firstOrderSplit: { owner: 60, newcomer: 40 },
      disputedDeals,
      note: 'The client had already paid through Petya',
    });
    const payouts = (api: Api, period: string) =>
      api.request<PayoutReportResponse & ApiError>('GET', `${API_PATHS.payoutReport}?${period}&by=manager`);
    const lines = (reply: { body: PayoutReportResponse }) =>
      reply.body.report.groups.flatMap((g) =>
        g.lines.map((l) => [l.dealId, l.managerId, l.pct, l.owed.amount, l.reason, l.correction?.at ?? null]),
      );

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore(), { now: () => clock }));
      [one, two, three] = (await createTeams(admin, 'One', 'Two', 'Three')) as [OfficeTeam, OfficeTeam, OfficeTeam];
      opened = await openCase(admin, one, two, clock);
      // Petya's deal was paid before anyone disputed the client; Masha's is still booked.
      expect(
        (
          await one.manager.push(
            'activities',
            inserts([deal(one, opened.ownerClient.id, 'd-paid', clock + 500, 'paid')]),
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await two.manager.push(
            'activities',
            inserts([deal(two, opened.newcomerClient.id, 'd-booked', clock + 600, 'booked')]),
          )
        ).status,
      ).toBe(200);
      // A deal of an unrelated client, in a third office.
      expect(
        (await three.manager.push('activities', inserts([deal(three, 'c-three', 'd-three', clock + 700, 'paid')])))
          .status,
      ).toBe(200);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    it('refuses terms naming a deal of an unrelated client, or no deal at all, and stores nothing', async () => {
      for (const named of [['d-three'], ['d-paid', 'no-such-deal']]) {
        const reply = await pushSteps(two.manager, [
          propose(two.managerUser, opened.caseDoc, clock + 800, sixtyFortyNaming(named)),
        ]);
        expect(reply.status).toBe(400);
        const body = reply.body as unknown as ApiError;
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.message).toContain('is not a deal on either of this case');
        expect(body.error.fields?.[0]?.field).toBe(`terms.disputedDeals.${named.length - 1}`);
      }
      expect(await stepsOf(admin, opened.caseDoc.id)).toEqual([]);
      // Malformed names are refused by the terms' own check.
      const malformed = await pushSteps(two.manager, [
        propose(two.managerUser, opened.caseDoc, clock + 800, sixtyFortyNaming(['d-paid', 'd-paid'])),
      ]);
      expect(malformed.status).toBe(400);
      expect(await stepsOf(admin, opened.caseDoc.id)).toEqual([]);
    });

    it('someone outside the case may not name its deals', async () => {
      const reply = await pushSteps(three.manager, [
        propose(three.managerUser, opened.caseDoc, clock + 800, sixtyFortyNaming(['d-paid'])),
      ]);
      expect(reply.status).toBe(403);
      expect(await stepsOf(admin, opened.caseDoc.id)).toEqual([]);
    });

    it('splits the named deals: the paid one by a correction at the agreement, the open one when it is paid', async () => {
      const proposal = propose(one.managerUser, opened.caseDoc, clock + 1000, sixtyFortyNaming(['d-paid', 'd-booked']));
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      const agreement = accept(two.managerUser, opened.caseDoc, clock + 2000, proposal.id);
      agreedAt = agreement.at;
      expect((await pushSteps(two.manager, [agreement])).body).toEqual([]);
      expect(
        (
          await two.manager.push(
            'activities',
            inserts([deal(two, opened.newcomerClient.id, 'd-booked', clock + 3000, 'paid')]),
          )
        ).status,
      ).toBe(200);

      // The month of payment still says what was paid out then: 100% to Petya.
      expect(lines(await payouts(admin, paymentPeriod)).filter(([dealId]) => dealId !== 'd-three')).toEqual([
        ['d-paid', one.managerUser.id, 100, MARGIN, 'no-split', null],
      ]);
      const sixty = MARGIN * 0.6;
      const forty = MARGIN * 0.4;
      const corrected = await payouts(admin, agreementPeriod);
      expect(lines(corrected).sort()).toEqual(
        [
          ['d-paid', one.managerUser.id, 60, -forty, 'disputed-deal', iso(agreedAt)],
          ['d-paid', two.managerUser.id, 40, forty, 'disputed-deal', iso(agreedAt)],
          ['d-booked', one.managerUser.id, 60, sixty, 'disputed-deal', null],
          ['d-booked', two.managerUser.id, 40, forty, 'disputed-deal', null],
        ].sort(),
      );
      expect(corrected.body.report).toMatchObject({ dealCount: 1, correctedDealCount: 1 });
      expect(corrected.body.report.overall).toEqual(corrected.body.report.marginTotals);

      // Both managers and the lead see the change; the lead's report names office two's part.
      expect(lines(await payouts(two.manager, agreementPeriod)).sort()).toEqual(
        [
          ['d-paid', two.managerUser.id, 40, forty, 'disputed-deal', iso(agreedAt)],
          ['d-booked', two.managerUser.id, 40, forty, 'disputed-deal', null],
        ].sort(),
      );
      const lead = (await payouts(one.lead, agreementPeriod)).body.report;
      expect(lead.groups.flatMap((g) => g.lines.map((l) => [l.dealId, l.owed.amount])).sort()).toEqual(
        [
          ['d-paid', -forty],
          ['d-booked', sixty],
        ].sort(),
      );
      expect(
        lead.otherScopes.map((s) => [s.dealId, s.officeId, s.pct, s.owed.amount, s.correctionAt ?? null]).sort(),
      ).toEqual(
        [
          ['d-paid', two.office.id, 40, forty, iso(agreedAt)],
          ['d-booked', two.office.id, 40, forty, null],
        ].sort(),
      );
      expect(lead.overall[0]!.amount + lead.otherScopeTotals[0]!.amount).toBe(lead.marginTotals[0]!.amount);
      // Office three's lead sees nothing of it.
      expect(lines(await payouts(three.lead, agreementPeriod))).toEqual([]);
    });
  });
}
