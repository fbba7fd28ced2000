import { describe, expect, it } from 'vitest';
import { NEVER } from 'rxjs';
import { caseWithMasha, petyasOffice } from '../../../test/support/petyasCase';
import { termsToDoc } from '../../workflow/caseEventDoc';
import type { PushRow, SyncCollectionName, SyncDocument } from '../../sync';
import type { Terms } from '../../workflow/terms';
import type { SyncTransport } from '../../sync/transport';
import { databaseOf } from '../../../test/support/officeDatabase';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};

/** An endpoint that accepts every push and sends the given case steps once. */
function recordingTransport(incomingSteps: SyncDocument<'caseevents'>[] = []) {
  const pushed: Array<{ collection: SyncCollectionName; rows: PushRow[] }> = [];
  const transport: SyncTransport = {
    pull: async (collection, checkpoint) =>
      (collection === 'caseevents' && checkpoint === null && incomingSteps.length
        ? { documents: incomingSteps, checkpoint: { seq: 1 } }
        : { documents: [], checkpoint }) as never,
    push: async (collection, rows) => {
      pushed.push({ collection, rows: rows as PushRow[] });
      return [];
    },
    stream: () => NEVER,
  };
  return {
    transport,
    pushedSteps: () =>
      pushed.filter((p) => p.collection === 'caseevents').flatMap((p) => p.rows.map((r) => r.newDocumentState)),
  };
}

async function petyasOfflineCase() {
  const { core, clock, client, me } = await petyasOffice();
  // Found in this office while offline: no recommendation yet, so the managers may negotiate.
  const local = caseWithMasha(me, client.id, clock.now(), { detectedWhere: 'officeSync' });
  await databaseOf(core).cases.insert(local);
  clock.advance(1000);
  return { core, clock, local };
}

describe('pushing case steps', () => {
  it('pushes the steps the fold applies, and drops from the outbox one that lost an offline race', async () => {
    const { core, clock, local } = await petyasOfflineCase();
    const proposal = await core.propose(local.id, TERMS);
    expect(proposal.ok).toBe(true);
    // The endpoint's copy arrives: its regulations settled the case, so the proposal no longer stands.
    await databaseOf(core).cases.upsert({
      ...local,
      detectedWhere: 'endpoint',
      recommendation: {
        outcome: { type: 'stayWithOwner' },
        ruleId: 'r',
        ruleName: 'Owner keeps',
        ruleNumber: 1,
        explanation: "Rule 1 — 'Owner keeps': yes.",
        reasons: [],
        regulationsVersion: 1,
        evaluatedAt: 1,
      },
    });
    clock.advance(1000);
    const escalation = await core.escalate(local.id, 'The client called me first.');
    expect(escalation.ok).toBe(true);
    if (!proposal.ok || !escalation.ok) return;
    expect(core.pendingChanges()).toBe(3);

    const { transport, pushedSteps } = recordingTransport();
    const sync = core.startSync(transport, 'https://endpoint.test', { baseRetryMs: 20 });
    await sync.awaitInSync();
    await sync.stop();
    expect(pushedSteps().map((d) => d.id)).toEqual([escalation.value.id]);
    expect(pushedSteps()[0]).toMatchObject({
      type: 'escalate',
      reason: 'The client called me first.',
      _deleted: false,
    });
    // Nothing waits for an endpoint that would refuse it: the outbox is empty.
    expect(core.pendingChanges()).toBe(0);
    // The refused proposal stays in the history, reported as refused.
    const stored = await databaseOf(core).caseevents.findOne(proposal.value.id).exec();
    expect(stored?.type).toBe('propose');
  });

  it("pulls the other office's steps live, like every replicated collection", async () => {
    const { core, clock, local } = await petyasOfflineCase();
    const masha = { userId: 'masha', role: 'manager' as const, officeId: 'office-2', name: 'Masha Petrova' };
    const incoming = {
      id: 'masha-p1',
      caseId: local.id,
      officeIds: local.officeIds,
      type: 'propose' as const,
      at: clock.now(),
      by: masha,
      terms: termsToDoc(TERMS),
      _deleted: false,
    };
    const { transport, pushedSteps } = recordingTransport([incoming]);
    const sync = core.startSync(transport, 'https://endpoint.test', { baseRetryMs: 20 });
    await sync.awaitInSync();
    await sync.stop();
    expect((await databaseOf(core).caseevents.findOne('masha-p1').exec())?.by.name).toBe('Masha Petrova');
    // Pulled, not pushed back.
    expect(pushedSteps()).toEqual([]);
    clock.advance(1000);
    expect((await core.accept(local.id, 'masha-p1')).ok).toBe(true);
  });
});
