// Resolving a case through the endpoint (issue 5), on both stores: two managers and their leads in
// different offices, steps pushed as offices push them, every refusal with its reason and no trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, type AdminUser, type ApiError, type PushRow, type SyncCheckpoint } from '../../shared/sync';
import { createTeams, TEST_PASSWORD, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { inserts } from './fixtures';
import {
  accept,
  counter,
  DAY,
  decide,
  escalate,
  FIFTY_FIFTY,
  HOUR,
  openCase,
  propose,
  pushSteps,
  SIXTY_FORTY,
  stateOf,
  step,
  stepsOf,
  type StepDocument,
} from './resolutionFixtures';
import { documentsOf, openStream } from './sse';
import { startServer } from './testServer';

const MINUTE = 60_000;

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`resolving cases through the endpoint on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    /** Office one holds the owners' clients, office two the newcomers'; office three is never involved. */
    let one: OfficeTeam;
    let two: OfficeTeam;
    let three: OfficeTeam;
    /** A manager of office two who is no party to any case. */
    let colleague: { api: Api; user: AdminUser };
    let adminUser: AdminUser;
    let clock = Date.now();

    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore(), { now: () => clock }));
      [one, two, three] = (await createTeams(admin, 'One', 'Two', 'Three')) as [OfficeTeam, OfficeTeam, OfficeTeam];
      const user = await admin.createUser({
        username: `colleague-${two.office.id.slice(0, 8)}`,
        password: TEST_PASSWORD,
        name: 'Vasya Colleague',
        officeId: two.office.id,
        role: 'manager',
      });
      colleague = { api: await admin.login(user.username, TEST_PASSWORD), user };
      adminUser = (await admin.request<AdminUser[]>('GET', API_PATHS.adminUsers)).body.find(
        (u) => u.username === 'admin',
      )!;
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    /** Pushes one step and expects a refusal: status, the reason in the message, and nothing new in anyone's pull. */
    async function refused(
      api: Api,
      doc: StepDocument,
      status: number,
      reason: string,
      from: SyncCheckpoint | null,
    ): Promise<void> {
      const reply = await pushSteps(api, [doc]);
      expect({ status: reply.status, message: (reply.body as unknown as ApiError).error?.message }).toEqual({
        status,
        message: expect.stringContaining(reason),
      });
      expect((await admin.pullAll('caseevents', from)).documents).toEqual([]);
    }

    async function checkpoint(): Promise<SyncCheckpoint | null> {
      return (await admin.pullAll('caseevents')).checkpoint;
    }

    it('a case opens with the recommendation of the regulations in force, in words', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      expect(caseDoc.recommendation).toEqual({
        outcome: { type: 'negotiate', deadlineHours: 48 },
        ruleId: 'across-offices-negotiate',
        ruleName: 'Across offices the managers negotiate first',
        ruleNumber: 3,
        explanation: `Rule 3 — 'Across offices the managers negotiate first': ${one.managerUser.name} (${one.office.name}) and ${two.managerUser.name} (${two.office.name}) work in different offices.`,
        reasons: [
          {
            condition: 'sameOffice',
            text: `${one.managerUser.name} (${one.office.name}) and ${two.managerUser.name} (${two.office.name}) work in different offices`,
            params: JSON.stringify({
              owner: one.managerUser.name,
              newcomer: two.managerUser.name,
              ownerOffice: one.office.name,
              newcomerOffice: two.office.name,
              sameOffice: false,
            }),
          },
        ],
        regulationsVersion: 0,
        evaluatedAt: clock,
      });

      // The owner's last call was 75 days ago: the claim lapses, and the rule settles the case by itself.
      const lapsed = await openCase(admin, one, two, clock, {
        ownerAgeDays: 200,
        ownerInactiveDays: 90,
        ownerActivities: [clock - 75 * DAY],
      });
      expect(lapsed.caseDoc.recommendation).toMatchObject({
        outcome: { type: 'moveToNewcomer' },
        ruleNumber: 2,
        explanation: `Rule 2 — 'A claim lapses after 60 days without activity': ${one.managerUser.name}'s last activity was 75 days ago.`,
      });
      const from = await checkpoint();
      await refused(
        two.manager,
        propose(two.managerUser, lapsed.caseDoc, clock),
        409,
        'The regulations have settled this case; escalate it to a lead if you disagree.',
        from,
      );
      expect((await stateOf(one.manager, lapsed.caseDoc)).ruled).toMatchObject({
        kind: 'rule',
        terms: { keeper: 'newcomer', firstOrderSplit: { owner: 0, newcomer: 100 } },
      });
    });

    it('proposal → counter → accept: both offices see every step, an uninvolved office none', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 1000, SIXTY_FORTY);
      const answer = counter(two.managerUser, caseDoc, clock + 2000, FIFTY_FIFTY);
      const agreed = accept(one.managerUser, caseDoc, clock + 3000, answer.id);
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      expect((await pushSteps(two.manager, [answer])).body).toEqual([]);
      expect((await pushSteps(one.manager, [agreed])).body).toEqual([]);

      for (const api of [one.manager, one.lead, two.manager, two.lead, admin]) {
        expect(await stepsOf(api, caseDoc.id)).toEqual([proposal, answer, agreed]);
      }
      for (const api of [three.manager, three.lead]) expect(await stepsOf(api, caseDoc.id)).toEqual([]);
      const state = await stateOf(two.manager, caseDoc);
      expect(state.phase).toBe('agreed');
      expect(state.agreed).toMatchObject({
        kind: 'agreement',
        terms: { keeper: 'owner', firstOrderSplit: { owner: 50, newcomer: 50 } },
        eventId: agreed.id,
      });
    });

    it('a forbidden step from each role is refused with the reason, and nothing is stored', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 1000);
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      const from = await checkpoint();
      const at = clock + 2000;

      // Who may never take the step: 403.
      await refused(
        colleague.api,
        propose(colleague.user, caseDoc, at),
        403,
        'Only the two managers of this case can negotiate.',
        from,
      );
      await refused(
        colleague.api,
        accept(colleague.user, caseDoc, at, proposal.id),
        403,
        'Only the two managers of this case can negotiate.',
        from,
      );
      await refused(
        three.lead,
        decide(three.leadUser, caseDoc, at),
        403,
        'Only a lead of an office involved in the case, or an admin, can decide it.',
        from,
      );
      await refused(
        two.manager,
        decide(two.managerUser, caseDoc, at),
        403,
        'Only a lead of an office involved in the case, or an admin, can decide it.',
        from,
      );
      await refused(
        two.lead,
        escalate(two.leadUser, caseDoc, at),
        403,
        'Only the two managers of this case can escalate it.',
        from,
      );
      // Not now: 409.
      await refused(
        one.manager,
        accept(one.managerUser, caseDoc, at, proposal.id),
        409,
        'You cannot accept your own proposal; the other manager has to.',
        from,
      );
      await refused(
        one.manager,
        counter(one.managerUser, caseDoc, at),
        409,
        'You cannot counter your own proposal; make a new proposal instead.',
        from,
      );
      await refused(
        two.manager,
        accept(two.managerUser, caseDoc, at, 'an-older-proposal'),
        409,
        'These terms have been replaced by newer ones; read the current proposal first.',
        from,
      );
      await refused(
        two.manager,
        escalate(two.managerUser, caseDoc, at, '  '),
        409,
        'Say why you escalate the case.',
        from,
      );

      // A step that lies about its author, or is not a step of this case as the endpoint knows it.
      await refused(
        two.manager,
        accept(one.managerUser, caseDoc, at, proposal.id),
        403,
        'only its author can record a step',
        from,
      );
      await refused(
        two.manager,
        accept({ ...two.managerUser, role: 'lead' }, caseDoc, at, proposal.id),
        403,
        'your account is a manager',
        from,
      );
      await refused(
        two.manager,
        accept({ ...two.managerUser, officeId: one.office.id }, caseDoc, at, proposal.id),
        403,
        'your account is a manager',
        from,
      );
      await refused(
        two.manager,
        { ...accept(two.managerUser, caseDoc, at, proposal.id), officeIds: [two.office.id] },
        400,
        "must name the case's offices",
        from,
      );
      await refused(
        two.manager,
        { ...accept(two.managerUser, caseDoc, at, proposal.id), caseId: 'no-such-case' },
        409,
        'is not known to the endpoint yet',
        from,
      );
      await refused(
        two.manager,
        counter(two.managerUser, caseDoc, at, {
          keeper: 'owner',
          firstOrderSplit: { owner: 70, newcomer: 40 },
          note: '',
        }),
        400,
        'it adds up to 110%',
        from,
      );
      await refused(
        two.manager,
        step(two.managerUser, caseDoc, at, { type: 'accept' }),
        400,
        'an acceptance names the proposal it accepts',
        from,
      );
      await refused(
        two.manager,
        accept(two.managerUser, caseDoc, clock + HOUR, proposal.id),
        400,
        "in the future; check this computer's clock",
        from,
      );
      // A bad row refuses the whole push: the good step with it is not stored either.
      const good = accept(two.managerUser, caseDoc, at, proposal.id);
      const mixed = await pushSteps(two.manager, [good, propose(colleague.user, caseDoc, at)]);
      expect(mixed.status).toBe(403);
      expect((await admin.pullAll('caseevents', from)).documents).toEqual([]);
      // Pushing to the cases themselves stays refused.
      expect(
        (await two.manager.push('cases', inserts([{ ...caseDoc, status: 'open' }]) as PushRow<'cases'>[])).status,
      ).toBe(403);

      expect((await pushSteps(two.manager, [good])).body).toEqual([]);
      expect((await stateOf(one.lead, caseDoc)).phase).toBe('agreed');
      const after = await checkpoint();
      await refused(
        two.manager,
        propose(two.managerUser, caseDoc, at + 1000),
        409,
        'The managers have already agreed; the case is closed.',
        after,
      );
    });

    it('two steps of one case pushed at the same moment are checked one after the other: exactly one lands', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 1000);
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      const replies = await Promise.all([
        pushSteps(two.manager, [accept(two.managerUser, caseDoc, clock + 2000, proposal.id)]),
        pushSteps(one.manager, [propose(one.managerUser, caseDoc, clock + 2000, FIFTY_FIFTY)]),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await stepsOf(admin, caseDoc.id)).toHaveLength(2);
    });

    it('steps reach both offices live on the caseevents stream, and not office three', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const streams = await Promise.all(
        [one.manager, two.lead, three.manager].map((api) => openStream(server.url, api.token ?? '', 'caseevents')),
      );
      try {
        await Promise.all(streams.map((s) => s.waitFor((m) => m === 'RESYNC')));
        const proposal = propose(one.managerUser, caseDoc, clock + 1000);
        expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
        await Promise.all(
          streams.slice(0, 2).map((s) => s.waitFor((m) => documentsOf(m).some((d) => d.id === proposal.id))),
        );
        expect(streams[2]!.messages.flatMap(documentsOf)).toEqual([]);
      } finally {
        streams.forEach((s) => s.close());
      }
    });

    it('steps are immutable: a re-push is a no-op, a changed or withdrawn step is refused', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 1000);
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      const from = await checkpoint();
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      expect((await admin.pullAll('caseevents', from)).documents).toEqual([]);

      const changed = { ...proposal, terms: FIFTY_FIFTY };
      // Not based on the stored step: the stored one comes back as a conflict, as for any document.
      expect((await pushSteps(one.manager, [changed])).body).toEqual([proposal]);
      const rewrite = await one.manager.push('caseevents', [
        { assumedMasterState: proposal, newDocumentState: changed },
      ]);
      expect(rewrite.status).toBe(409);
      expect((rewrite.body as unknown as ApiError).error.code).toBe('immutable_field');
      const withdrawal = await one.manager.push('caseevents', [
        { assumedMasterState: proposal, newDocumentState: { ...proposal, _deleted: true } },
      ]);
      expect(withdrawal.status).toBe(409);
      expect((withdrawal.body as unknown as ApiError).error.message).toContain(
        'a step of a case is never withdrawn or deleted',
      );
      // The other office cannot touch it either, and an office outside the case cannot even see it.
      expect(
        (
          await two.manager.push('caseevents', [
            { assumedMasterState: proposal, newDocumentState: { ...proposal, _deleted: true } },
          ])
        ).status,
      ).toBe(409);
      expect(
        (
          await three.manager.push('caseevents', [
            { assumedMasterState: proposal, newDocumentState: { ...proposal, _deleted: true } },
          ])
        ).status,
      ).toBe(403);
      expect((await admin.pullAll('caseevents', from)).documents).toEqual([]);
    });

    it('offline race: two proposals written earlier and pushed late both stay in the history, and every office folds the same winner', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      clock += 2 * HOUR;
      // Both managers proposed while offline; Masha (newcomer) later than Petya (owner). Masha's office reconnects first.
      const petyas = propose(one.managerUser, caseDoc, caseDoc.detectedAt + 20 * MINUTE, SIXTY_FORTY);
      const mashas = propose(two.managerUser, caseDoc, caseDoc.detectedAt + 30 * MINUTE, FIFTY_FIFTY);
      expect((await pushSteps(two.manager, [mashas])).body).toEqual([]);
      expect((await pushSteps(one.manager, [petyas])).body).toEqual([]);

      const seenByOne = await stateOf(one.manager, caseDoc);
      const seenByTwo = await stateOf(two.manager, caseDoc);
      expect(seenByOne).toEqual(seenByTwo);
      expect(seenByOne.history.map((h) => h.id)).toEqual([petyas.id, mashas.id]);
      expect(seenByOne.rejected).toEqual([]);
      expect(seenByOne.currentProposal).toMatchObject({ id: mashas.id, side: 'newcomer' });

      // Masha's proposal replaced Petya's: she cannot accept his any more, he accepts hers.
      const from = await checkpoint();
      await refused(
        two.manager,
        accept(two.managerUser, caseDoc, clock, petyas.id),
        409,
        'These terms have been replaced by newer ones',
        from,
      );
      expect((await pushSteps(one.manager, [accept(one.managerUser, caseDoc, clock, mashas.id)])).body).toEqual([]);
      expect((await stateOf(two.lead, caseDoc)).agreed).toMatchObject({
        terms: { firstOrderSplit: { owner: 50, newcomer: 50 } },
      });
    });

    it('a step dated before recorded steps is refused when, in (at, id) order, it would not apply', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 10_000);
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      // Masha's clock runs behind: her counter is dated before the proposal it answers.
      await refused(
        two.manager,
        counter(two.managerUser, caseDoc, clock + 5000),
        409,
        'before steps already recorded, and in that order it does not apply: There is no proposal to counter',
        await checkpoint(),
      );
    });

    it('escalation, then a lead of an involved office decides; nothing is taken after the decision', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const proposal = propose(one.managerUser, caseDoc, clock + 1000);
      const escalation = escalate(two.managerUser, caseDoc, clock + 2000, 'Petya never called the client.');
      expect((await pushSteps(one.manager, [proposal])).body).toEqual([]);
      expect((await pushSteps(two.manager, [escalation])).body).toEqual([]);
      let from = await checkpoint();
      await refused(
        two.manager,
        accept(two.managerUser, caseDoc, clock + 3000, proposal.id),
        409,
        'The case has been escalated; the leads decide now.',
        from,
      );
      await refused(
        one.manager,
        escalate(one.managerUser, caseDoc, clock + 3000),
        409,
        'The case is already escalated.',
        from,
      );

      const decision = decide(two.leadUser, caseDoc, clock + 4000, {
        ...SIXTY_FORTY,
        note: 'Petya keeps the client; Masha gets 40% and 3 leads.',
      });
      expect((await pushSteps(two.lead, [decision])).body).toEqual([]);
      for (const api of [one.manager, two.manager]) {
        const state = await stateOf(api, caseDoc);
        expect(state.phase).toBe('decided');
        expect(state.decided).toMatchObject({
          kind: 'decision',
          eventId: decision.id,
          by: { userId: two.leadUser.id, role: 'lead' },
        });
      }
      from = await checkpoint();
      const late = clock + 5000;
      await refused(
        two.manager,
        propose(two.managerUser, caseDoc, late),
        409,
        'The case has been decided; the decision is final.',
        from,
      );
      await refused(
        one.lead,
        decide(one.leadUser, caseDoc, late),
        409,
        'The case has been decided; the decision is final.',
        from,
      );
      await refused(
        admin,
        decide(adminUser, caseDoc, late),
        409,
        'The case has been decided; the decision is final.',
        from,
      );
      await refused(
        colleague.api,
        propose(colleague.user, caseDoc, late),
        403,
        'Only the two managers of this case can negotiate.',
        from,
      );
    });

    it('past the negotiation deadline the managers can no longer negotiate, but an admin or a lead decides', async () => {
      const { caseDoc } = await openCase(admin, one, two, clock);
      const deadline = caseDoc.detectedAt + 48 * HOUR;
      clock = deadline + HOUR;
      const from = await checkpoint();
      await refused(
        one.manager,
        propose(one.managerUser, caseDoc, deadline + 1),
        409,
        'The case has been escalated; the leads decide now.',
        from,
      );
      await refused(
        two.manager,
        escalate(two.managerUser, caseDoc, deadline + MINUTE),
        409,
        'The case is already escalated.',
        from,
      );
      // Written offline before the deadline and pushed after it: still a step of the negotiation.
      const inTime = propose(one.managerUser, caseDoc, deadline - HOUR);
      expect((await pushSteps(one.manager, [inTime])).body).toEqual([]);
      await refused(
        two.manager,
        accept(two.managerUser, caseDoc, deadline + MINUTE, inTime.id),
        409,
        'The case has been escalated; the leads decide now.',
        await checkpoint(),
      );

      // An admin (no office: the step names office "") decides like a lead of an involved office.
      const decision = decide(adminUser, caseDoc, deadline + 30 * MINUTE);
      expect((await pushSteps(admin, [decision])).body).toEqual([]);
      const state = await stateOf(two.manager, caseDoc);
      expect(state.history.map((h) => h.type)).toEqual(['propose', 'deadlinePassed', 'decide']);
      expect(state.phase).toBe('decided');
    });
  });
}
