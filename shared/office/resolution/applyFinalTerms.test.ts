import { describe, expect, it, vi } from 'vitest';
import { caseWithMasha, petyasOffice } from '../../../test/support/petyasCase';
import { claimsOfClient } from '../../cases/claimsOfClient';
import type { CaseDoc, CaseEventDoc, CaseRecommendation, ClientDoc } from '../../db';
import { termsToDoc } from '../../workflow/caseEventDoc';
import type { Terms } from '../../workflow/terms';
import { emptyDraft } from '../clientDraft';
import type { OfficeCore } from '../officeCore';
import { databaseOf } from '../../../test/support/officeDatabase';

const TERMS: Terms = {
  keeper: 'newcomer',
  firstOrderSplit: { owner: 30, newcomer: 70 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};

const rule = (type: 'moveToNewcomer' | 'stayWithOwner'): CaseRecommendation => ({
  outcome: { type },
  ruleId: 'r',
  ruleName: 'A rule',
  ruleNumber: 2,
  explanation: "Rule 2 — 'A rule': because.",
  reasons: [],
  regulationsVersion: 1,
  evaluatedAt: 1,
});

/** Petya (Office 1) holds the older client; Masha (Office 2) the newcomer. The case is not stored yet. */
async function setUp(recommendation?: CaseRecommendation) {
  const { core, clock, client, me } = await petyasOffice({ emails: ['petr@romashka-tour.ru'] });
  const since = { petya: client.createdAt, masha: client.createdAt + 1000 };
  const caseDoc = caseWithMasha(me, client.id, clock.now(), { since, detectedAt: clock.now() + 5, recommendation });
  clock.advance(60_000);
  return { core, clock, caseDoc, clientId: client.id, me };
}

/** The case (or one of its steps) arrives by sync; handovers follow asynchronously. */
async function arrive(core: OfficeCore, caseDoc: CaseDoc): Promise<void> {
  await databaseOf(core).cases.upsert(caseDoc);
}

/** Waits until the client's handover reaches the expected state (the applier runs behind the change stream). */
async function handoverOf(core: OfficeCore, clientId: string, expected: string | undefined): Promise<ClientDoc> {
  return vi.waitFor(async () => {
    const client = await clientOf(core, clientId);
    expect(client.handedOver?.toManagerId).toBe(expected);
    return client;
  });
}

async function clientOf(core: OfficeCore, id: string): Promise<ClientDoc> {
  return (await databaseOf(core).clients.findOne(id).exec())!.toJSON() as ClientDoc;
}

const claimsOf = (core: OfficeCore, clientId: string) =>
  databaseOf(core).claims.count({ selector: { clientId } }).exec();
const tokensOf = (core: OfficeCore, clientId: string) =>
  databaseOf(core).nametokens.count({ selector: { clientId } }).exec();

function step(
  caseDoc: CaseDoc,
  fields: Pick<CaseEventDoc, 'id' | 'type' | 'at' | 'by'> & Partial<CaseEventDoc>,
): CaseEventDoc {
  return { caseId: caseDoc.id, officeIds: caseDoc.officeIds, ...fields };
}
const masha = { userId: 'masha', role: 'manager' as const, officeId: 'office-2', name: 'Masha Petrova' };
const leadOf2 = { userId: 'lead2', role: 'lead' as const, officeId: 'office-2', name: 'Lena Lead' };

describe('applying the terms in force to this office', () => {
  it("a rule that moves the client to the newcomer hands Petya's client over: its claims go (its name stays searchable), and it syncs", async () => {
    const { core, clock, caseDoc, clientId } = await setUp(rule('moveToNewcomer'));
    expect(await claimsOf(core, clientId)).toBe(3);
    await arrive(core, caseDoc);
    const client = await handoverOf(core, clientId, 'masha');
    expect(client.handedOver).toEqual({
      caseId: caseDoc.id,
      toManagerId: 'masha',
      toManagerName: 'Masha Petrova',
      toOfficeName: 'Office 2',
      at: caseDoc.detectedAt,
    });
    await vi.waitFor(async () => expect(await claimsOf(core, clientId)).toBe(0));
    expect(await tokensOf(core, clientId)).toBeGreaterThan(0);
    expect((await core.searchClients('Petr')).map((c) => c.id)).toContain(clientId);
    // Saved as an edit: a new version the endpoint has yet to receive.
    expect(client.updatedAt).toBe(clock.now());
    expect(core.pendingChanges()).toBe(1);
    // Applied once: the same case arriving again (and a step on it) changes nothing.
    await arrive(core, { ...caseDoc, updatedAt: caseDoc.updatedAt + 1 });
    expect((await core.escalate(caseDoc.id, 'I disagree.')).ok).toBe(true);
    expect((await clientOf(core, clientId)).updatedAt).toBe(client.updatedAt);
  });

  it('an agreement keeping the client with the owner hands nothing over here', async () => {
    const { core, clock, caseDoc, clientId } = await setUp();
    await arrive(core, caseDoc);
    clock.advance(1000);
    const mine = await core.propose(caseDoc.id, {
      ...TERMS,
      keeper: 'owner',
      leadsCompensation: { from: 'owner', count: 1 },
    });
    if (!mine.ok) throw new Error('propose');
    await databaseOf(core).caseevents.insert(
      step(caseDoc, { id: 'masha-accept', type: 'accept', at: clock.now() + 10, by: masha, proposalId: mine.value.id }),
    );
    // A step of mine afterwards waits for the handovers: by then the agreement has been applied.
    expect((await core.recordLeadHandover(caseDoc.id, 'Sidorov')).ok).toBe(true);
    expect((await clientOf(core, clientId)).handedOver).toBeUndefined();
    expect(await claimsOf(core, clientId)).toBe(3);
  });

  it('an agreement giving the client to the newcomer hands it over once both have accepted', async () => {
    const { core, clock, caseDoc, clientId } = await setUp();
    await arrive(core, caseDoc);
    await databaseOf(core).caseevents.insert(
      step(caseDoc, { id: 'masha-p', type: 'propose', at: clock.now(), by: masha, terms: termsToDoc(TERMS) }),
    );
    expect((await clientOf(core, clientId)).handedOver).toBeUndefined();
    clock.advance(1000);
    const accepted = await core.accept(caseDoc.id, 'masha-p');
    expect(accepted.ok).toBe(true);
    expect((await clientOf(core, clientId)).handedOver).toMatchObject({
      caseId: caseDoc.id,
      toManagerId: 'masha',
      at: clock.now(),
    });
    expect(await claimsOf(core, clientId)).toBe(0);
  });

  it("a lead's decision that reverses the rule takes the handover back, and the claims return", async () => {
    const { core, clock, caseDoc, clientId } = await setUp(rule('moveToNewcomer'));
    await arrive(core, caseDoc);
    await handoverOf(core, clientId, 'masha');
    expect((await core.escalate(caseDoc.id, 'I had the client for a year.')).ok).toBe(true);
    // Escalated: the rule stays in force until the lead decides.
    expect((await clientOf(core, clientId)).handedOver?.toManagerId).toBe('masha');
    await databaseOf(core).caseevents.insert(
      step(caseDoc, {
        id: 'lead-decides',
        type: 'decide',
        at: clock.now() + 1000,
        by: leadOf2,
        terms: termsToDoc({ ...TERMS, keeper: 'owner' }),
      }),
    );
    await handoverOf(core, clientId, undefined);
    await vi.waitFor(async () => expect(await claimsOf(core, clientId)).toBe(3));
    expect(await tokensOf(core, clientId)).toBeGreaterThan(0);
  });

  it('editing a handed-over client keeps it handed over', async () => {
    const { core, caseDoc, clientId } = await setUp(rule('moveToNewcomer'));
    await arrive(core, caseDoc);
    await handoverOf(core, clientId, 'masha');
    const edited = await core.saveClient(
      { ...emptyDraft(), fullName: 'Иванов Пётр Сергеевич', phones: ['+7 916 123 45 67'] },
      clientId,
    );
    expect(edited.ok && edited.value.client.handedOver?.caseId).toBe(caseDoc.id);
    expect(await claimsOf(core, clientId)).toBe(0);
  });

  it('a client another case already gave away is not given away twice', async () => {
    const { core, caseDoc, clientId } = await setUp(rule('moveToNewcomer'));
    const earlier = {
      caseId: 'case:other',
      toManagerId: 'vasya',
      toManagerName: 'Vasya',
      toOfficeName: 'Office 3',
      at: 5,
    };
    await databaseOf(core)
      .clients.findOne(clientId)
      .exec()
      .then((c) => c!.incrementalPatch({ handedOver: earlier }));
    await arrive(core, caseDoc);
    expect((await core.escalate(caseDoc.id, 'Waits for the handovers.')).ok).toBe(true);
    expect((await clientOf(core, clientId)).handedOver).toEqual(earlier);
  });
});

describe('claimsOfClient', () => {
  it('gives a handed-over client no claims, wherever it is derived', async () => {
    const { core, clientId } = await setUp();
    const client = await clientOf(core, clientId);
    const names = { owner: 'Petya', office: 'Office 1' };
    expect(claimsOfClient(client, (k) => k, names)).toHaveLength(3);
    expect(
      claimsOfClient(
        {
          ...client,
          handedOver: { caseId: 'c', toManagerId: 'masha', toManagerName: 'Masha', toOfficeName: 'Office 2', at: 1 },
        },
        (k) => k,
        names,
      ),
    ).toEqual([]);
  });
});
