import { describe, expect, it, onTestFinished } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { caseWithMasha, petyasOffice } from '../../../test/support/petyasCase';
import type { CaseDoc, CaseEventDoc, CaseRecommendation } from '../../db';
import { termsToDoc } from '../../workflow/caseEventDoc';
import type { Terms } from '../../workflow/terms';
import type { OfficeCore } from '../officeCore';
import type { CaseView } from './types';
import { databaseOf } from '../../../test/support/officeDatabase';

// "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya."
const PETYA_TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: '',
};
const DAY = 86_400_000;

/** Petya's office with his client, and a case with Masha's client in Office 2 as the endpoint would send it. */
async function petyasCase(recommendation?: CaseRecommendation) {
  const { core, clock, client, me } = await petyasOffice();
  const caseDoc = caseWithMasha(me, client.id, clock.now(), {
    since: { petya: client.createdAt, masha: client.createdAt + DAY },
    recommendation,
  });
  await databaseOf(core).cases.insert(caseDoc);
  clock.advance(60_000);
  return { core, clock, caseDoc, me };
}

/** A step of Masha's arriving by sync. */
async function mashaStep(
  core: OfficeCore,
  caseDoc: CaseDoc,
  fields: Pick<CaseEventDoc, 'type' | 'at'> & Partial<CaseEventDoc>,
): Promise<CaseEventDoc> {
  const doc: CaseEventDoc = {
    id: `masha-${fields.type}-${fields.at}`,
    caseId: caseDoc.id,
    officeIds: caseDoc.officeIds,
    by: { userId: 'masha', role: 'manager', officeId: 'office-2', name: 'Masha Petrova' },
    ...fields,
  };
  await databaseOf(core).caseevents.insert(doc);
  return doc;
}

function view(core: OfficeCore, caseId: string, until: (v: CaseView) => boolean = () => true): Promise<CaseView> {
  return firstValueFrom(
    core.caseView$(caseId).pipe(
      filter((v): v is CaseView => v !== null && until(v)),
      timeout(3000),
    ),
  );
}

const stepCount = (core: OfficeCore) => databaseOf(core).caseevents.count().exec();

describe('writing the steps of a case', () => {
  it('a proposal is stored as the case step of this user, queued for the endpoint, and shown', async () => {
    const { core, clock, caseDoc, me } = await petyasCase();
    const before = core.pendingChanges();
    const r = await core.propose(caseDoc.id, PETYA_TERMS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      caseId: caseDoc.id,
      officeIds: caseDoc.officeIds,
      type: 'propose',
      at: clock.now(),
      by: { userId: me.userId, role: 'manager', officeId: me.officeId, name: 'Petya Ivanov' },
      terms: {
        keeper: 'owner',
        firstOrderSplit: { owner: 60, newcomer: 40 },
        leadsCompensation: { from: 'owner', count: 3 },
        note: '',
      },
    });
    expect(core.pendingChanges()).toBe(before + 1);
    const v = await view(core, caseDoc.id, (x) => x.events.length === 1);
    expect(v.state.phase).toBe('negotiating');
    expect(v.mySide).toBe('owner');
    expect(v.pendingEventIds).toEqual([r.value.id]);
    expect(v.allowed.accept).toEqual({
      ok: false,
      reason: 'You cannot accept your own proposal; the other manager has to.',
    });
    expect(v.allowed.propose).toEqual({ ok: true });
    expect(v.allowed.decide).toEqual({
      ok: false,
      reason: 'Only a lead of an office involved in the case, or an admin, can decide it.',
    });
  });

  it('bad terms are refused field by field and nothing is stored', async () => {
    const { core, caseDoc } = await petyasCase();
    const r = await core.propose(caseDoc.id, {
      ...PETYA_TERMS,
      firstOrderSplit: { owner: 70, newcomer: 40 },
      leadsCompensation: { from: 'owner', count: -1 },
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: 'terms.firstOrderSplit',
          code: 'invalid',
          message: 'The split of the first order must add up to 100%; it adds up to 110%.',
        },
        {
          field: 'terms.leadsCompensation.count',
          code: 'invalid',
          message: 'The number of leads must be a whole number from 0 to 1000.',
        },
      ],
    });
    const missing = await core.counter(caseDoc.id, null as unknown as Terms);
    expect(missing.ok ? [] : missing.errors[0]).toMatchObject({ field: 'terms', message: 'Terms are missing.' });
    expect(await stepCount(core)).toBe(0);
  });

  it('a step the workflow does not allow is refused with its reason and nothing is stored', async () => {
    const { core, caseDoc } = await petyasCase();
    const pending = core.pendingChanges();
    expect(await core.counter(caseDoc.id, PETYA_TERMS)).toEqual({
      ok: false,
      errors: [
        { field: 'step', code: 'refused', message: 'There is no proposal to counter; make a proposal instead.' },
      ],
    });
    expect(await core.accept(caseDoc.id, 'nothing')).toEqual({
      ok: false,
      errors: [{ field: 'step', code: 'refused', message: 'There is no proposal to accept.' }],
    });
    expect(await core.decide(caseDoc.id, PETYA_TERMS)).toEqual({
      ok: false,
      errors: [
        {
          field: 'step',
          code: 'refused',
          message: 'Only a lead of an office involved in the case, or an admin, can decide it.',
        },
      ],
    });
    expect(await core.recordLeadHandover(caseDoc.id, 'Sidorov')).toEqual({
      ok: false,
      errors: [
        { field: 'step', code: 'refused', message: 'Leads are handed over once the case is agreed or decided.' },
      ],
    });
    expect(await stepCount(core)).toBe(0);
    expect(core.pendingChanges()).toBe(pending);
  });

  it('refuses an unknown case, an empty reason, an empty proposal id and an unknown kind of step', async () => {
    const { core, caseDoc } = await petyasCase();
    expect(await core.escalate('case:nope', 'We cannot agree.')).toEqual({
      ok: false,
      errors: [{ field: 'caseId', code: 'notFound', message: 'This case is not known on this workstation yet.' }],
    });
    expect(await core.escalate(caseDoc.id, '   ')).toEqual({
      ok: false,
      errors: [{ field: 'reason', code: 'required', message: 'Say why you escalate the case.' }],
    });
    expect(await core.escalate(caseDoc.id, 'x'.repeat(2001))).toEqual({
      ok: false,
      errors: [{ field: 'reason', code: 'tooLong', message: 'At most 2000 characters.' }],
    });
    expect(await core.accept(caseDoc.id, '')).toEqual({
      ok: false,
      errors: [{ field: 'proposalId', code: 'required', message: 'Choose the proposal you accept.' }],
    });
    expect(await core.recordLeadHandover(caseDoc.id, '')).toEqual({
      ok: false,
      errors: [{ field: 'note', code: 'required', message: 'Say which lead you handed over.' }],
    });
    expect(await stepCount(core)).toBe(0);
  });

  it('negotiates with the other office: counter, accept, then the debtor hands over the leads owed', async () => {
    const { core, clock, caseDoc } = await petyasCase();
    const mine = await core.propose(caseDoc.id, PETYA_TERMS);
    if (!mine.ok) throw new Error('propose');
    const counterTerms = { ...PETYA_TERMS, leadsCompensation: { from: 'owner' as const, count: 2 } };
    // Masha's workstation runs ten minutes ahead: Petya's accept must still come after her counter.
    const theirs = await mashaStep(core, caseDoc, {
      type: 'counter',
      at: clock.now() + 600_000,
      terms: termsToDoc(counterTerms),
    });
    const v = await view(core, caseDoc.id, (x) => x.events.length === 2);
    expect(v.allowed.accept).toEqual({ ok: true });
    const accepted = await core.accept(caseDoc.id, theirs.id);
    expect(accepted.ok && accepted.value.at).toBe(theirs.at + 1);
    const agreed = await view(core, caseDoc.id, (x) => x.state.phase === 'agreed');
    expect(agreed.state.agreed?.terms.leadsCompensation).toEqual({ from: 'owner', count: 2 });
    expect(agreed.allowed.leadHandover).toEqual({ ok: true });
    expect(agreed.allowed.propose).toEqual({
      ok: false,
      reason: 'The managers have already agreed; the case is closed.',
    });

    expect((await core.recordLeadHandover(caseDoc.id, '  Sidorov, Antalya  ')).ok).toBe(true);
    expect((await core.recordLeadHandover(caseDoc.id, 'Kuznetsova, Sochi')).ok).toBe(true);
    expect(await core.recordLeadHandover(caseDoc.id, 'one more')).toEqual({
      ok: false,
      errors: [{ field: 'step', code: 'refused', message: 'All 2 leads owed have already been handed over.' }],
    });
    const settled = await view(core, caseDoc.id, (x) => x.state.leadsHandedOver === 2);
    expect(settled.events.filter((e) => e.type === 'leadHandover').map((e) => e.reason)).toEqual([
      'Sidorov, Antalya',
      'Kuznetsova, Sochi',
    ]);
    expect(settled.allowed.leadHandover).toEqual({
      ok: false,
      reason: 'All 2 leads owed have already been handed over.',
    });
  });

  it('a lead of an involved office decides an escalated case', async () => {
    const { core, clock, caseDoc, me } = await petyasCase();
    const lead = await core.adoptAccount({
      endpointId: 'https://hq',
      userId: 'lead1',
      userName: 'Lena Lead',
      officeId: me.officeId,
      officeName: 'Office 1',
      role: 'lead',
    });
    expect(lead.ok).toBe(true);
    await mashaStep(core, caseDoc, { type: 'escalate', at: clock.now(), reason: 'We cannot agree.' });
    clock.advance(1000);
    const v = await view(core, caseDoc.id, (x) => x.state.phase === 'escalated');
    expect(v.mySide).toBeNull();
    expect(v.allowed.decide).toEqual({ ok: true });
    expect(v.allowed.propose).toEqual({ ok: false, reason: 'Only the two managers of this case can negotiate.' });
    const decided = await core.decide(caseDoc.id, PETYA_TERMS);
    expect(decided.ok && decided.value.by).toEqual({
      userId: 'lead1',
      role: 'lead',
      officeId: me.officeId,
      name: 'Lena Lead',
    });
    expect((await view(core, caseDoc.id, (x) => x.state.phase === 'decided')).state.decided?.terms).toEqual(
      PETYA_TERMS,
    );
  });
});

describe('the case view', () => {
  const recommendation = (outcome: CaseRecommendation['outcome']): CaseRecommendation => ({
    outcome,
    ruleId: 'r',
    ruleName: 'A rule',
    ruleNumber: 1,
    explanation: "Rule 1 — 'A rule': because.",
    reasons: [],
    regulationsVersion: 4,
    evaluatedAt: 1,
  });

  it("shows the endpoint's recommendation, and the negotiation deadline it set", async () => {
    const rec = recommendation({ type: 'negotiate', deadlineHours: 48 });
    const { core, caseDoc } = await petyasCase(rec);
    const v = await view(core, caseDoc.id);
    expect(v.recommendation).toEqual({ provisional: false, value: rec });
    expect(v.state.deadline).toBe(caseDoc.detectedAt + 48 * 3_600_000);
  });

  it('once the deadline has passed the case is escalated and the managers may no longer negotiate', async () => {
    const { core, clock, caseDoc } = await petyasCase(recommendation({ type: 'negotiate', deadlineHours: 1 }));
    clock.advance(2 * 3_600_000);
    const v = await view(core, caseDoc.id);
    expect(v.state.phase).toBe('escalated');
    expect(v.allowed.propose).toEqual({ ok: false, reason: 'The case has been escalated; the leads decide now.' });
    expect(await core.propose(caseDoc.id, PETYA_TERMS)).toEqual({
      ok: false,
      errors: [{ field: 'step', code: 'refused', message: 'The case has been escalated; the leads decide now.' }],
    });
  });

  it('a case settled by the rule can only be escalated', async () => {
    const { core, caseDoc } = await petyasCase(recommendation({ type: 'stayWithOwner' }));
    const v = await view(core, caseDoc.id);
    expect(v.state.phase).toBe('ruled');
    expect(v.allowed.propose).toEqual({
      ok: false,
      reason: 'The regulations have settled this case; escalate it to a lead if you disagree.',
    });
    expect(v.allowed.escalate).toEqual({ ok: true });
  });

  it('without it, a provisional recommendation from the cached regulations and what this office knows', async () => {
    const { core, clock, caseDoc } = await petyasCase();
    const first = await view(core, caseDoc.id);
    expect(first.recommendation?.provisional).toBe(true);
    expect(first.recommendation?.value).toMatchObject({
      outcome: { type: 'negotiate', deadlineHours: 48 },
      ruleNumber: 3,
    });

    // Petya's own client: his last activity is known here. 75 days later the claim has lapsed.
    clock.advance(75 * DAY);
    const later = await firstValueFrom(
      core.caseView$(caseDoc.id).pipe(
        filter((v): v is CaseView => v !== null),
        timeout(3000),
      ),
    );
    expect(later.recommendation?.value).toMatchObject({
      outcome: { type: 'moveToNewcomer' },
      explanation:
        "Rule 2 — 'A claim lapses after 60 days without activity': Petya Ivanov's last activity was 75 days ago.",
    });
  });
});

describe('the regulations cache', () => {
  it('serves the shipped defaults as version 0, then what the endpoint sent, across restarts', async () => {
    const name = `regulations${Date.now()}`;
    const core = await openMemoryOffice({ name });
    expect(core.regulations()).toMatchObject({ version: 0, changedBy: '' });
    expect(core.regulations().rules.map((r) => r.id)).toEqual([
      'first-contact',
      'claim-lapses',
      'across-offices-negotiate',
      'same-office-lead',
    ]);
    const v7 = {
      version: 7,
      rules: [{ id: 'all', name: 'Tell them and move on', conditions: {}, outcome: { type: 'notifyOnly' as const } }],
      changedBy: 'lead1',
      changedAt: 5,
      note: 'Quiet month',
    };
    await core.cacheRegulations(v7);
    expect(core.regulations()).toEqual(v7);
    await core.close();
    const reopened = await openMemoryOffice({ name, profile: null });
    onTestFinished(() => reopened.close());
    expect(reopened.regulations()).toEqual(v7);
  });

  it('refuses regulations that are not valid and keeps the cached ones', async () => {
    const { core } = await petyasCase();
    const bad = {
      version: 2,
      rules: [{ id: 'x', name: '', conditions: {}, outcome: { type: 'coinFlip' } }],
      changedBy: 'lead1',
      changedAt: 5,
      note: '',
    };
    await expect(core.cacheRegulations(bad as never)).rejects.toThrow(
      'The regulations are not valid: Rule 1: Give the rule a name people will recognise. Rule 1: Choose what the rule recommends.',
    );
    await expect(core.cacheRegulations({ version: -1 } as never)).rejects.toThrow(
      'The regulations have no valid version number.',
    );
    expect(core.regulations().version).toBe(0);
  });
});
