import { describe, expect, it } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { caseWithMasha, petyasOffice } from '../../../test/support/petyasCase';
import type { ActivityDoc, ClientDoc } from '../../db';
import type { OfficeCore } from '../officeCore';
import type { DealInput, DealView } from '../resolution/types';
import { databaseOf } from '../../../test/support/officeDatabase';

/** Petya's office with his client, a minute after it was saved. */
async function setUp() {
  const office = await petyasOffice();
  office.clock.advance(60_000);
  return office;
}

const input = (clientId: string, over: Partial<DealInput> = {}): DealInput => ({
  clientId,
  title: 'Antalya, 7 nights',
  travelStart: '2026-06-01',
  travelEnd: '2026-06-08',
  currency: 'RUB',
  amount: '100 000',
  margin: '10 000',
  status: 'quoted',
  ...over,
});
const dealActivities = (core: OfficeCore) =>
  databaseOf(core)
    .activities.count({ selector: { type: 'deal' } })
    .exec();
const clientOf = async (core: OfficeCore, id: string) =>
  (await databaseOf(core).clients.findOne(id).exec())!.toJSON() as ClientDoc;

describe('saveDeal', () => {
  it('records a new deal as a deal activity of the current user and bumps the client’s last activity', async () => {
    const { core, clock, client, me } = await setUp();
    const r = await core.saveDeal(input(client.id));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      clientId: client.id,
      officeId: me.officeId,
      createdAt: clock.now(),
      paidAt: null,
      split: null,
      current: {
        title: 'Antalya, 7 nights',
        currency: 'RUB',
        amountMinor: 10_000_000,
        marginMinor: 1_000_000,
        status: 'quoted',
        managerId: me.userId,
        managerName: 'Petya Ivanov',
      },
    });
    expect(r.value.editions).toHaveLength(1);
    const stored = (await databaseOf(core)
      .activities.findOne(r.value.editions[0]!.activityId)
      .exec())!.toJSON() as ActivityDoc;
    expect(stored).toMatchObject({
      type: 'deal',
      clientId: client.id,
      authorId: me.userId,
      at: clock.now(),
      deal: r.value.current,
    });
    expect((await clientOf(core, client.id)).lastActivityAt).toBe(clock.now());
  });

  it('an edit is a new edition of the same deal; the deal keeps its manager; an unchanged form writes nothing', async () => {
    const { core, clock, client } = await setUp();
    // A colleague's deal on this client, as synced from their workstation.
    const theirs: ActivityDoc = {
      id: 'a-vasya',
      clientId: client.id,
      officeId: client.officeId,
      type: 'deal',
      at: clock.now(),
      authorId: 'vasya',
      authorName: 'Vasya',
      note: '',
      createdAt: clock.now(),
      deal: {
        dealId: 'd1',
        title: 'Sochi',
        travelStart: '',
        travelEnd: '',
        currency: 'RUB',
        amountMinor: 5_000_000,
        marginMinor: 500_000,
        status: 'booked',
        managerId: 'vasya',
        managerName: 'Vasya',
      },
    };
    await databaseOf(core).activities.insert(theirs);
    const paid = await core.saveDeal(
      input(client.id, {
        title: 'Sochi',
        travelStart: '',
        travelEnd: '',
        amount: '50 000',
        margin: '5 000',
        status: 'paid',
      }),
      'd1',
    );
    expect(paid.ok).toBe(true);
    if (!paid.ok) return;
    expect(paid.value.current).toMatchObject({ status: 'paid', managerId: 'vasya', managerName: 'Vasya' });
    expect(paid.value.editions.map((e) => e.edition.status)).toEqual(['booked', 'paid']);
    // Written in the same millisecond, the edit still comes last.
    expect(paid.value.editions[1]!.at).toBe(clock.now() + 1);
    expect(paid.value.paidAt).toBe(clock.now() + 1);
    const again = await core.saveDeal(
      input(client.id, {
        title: 'Sochi',
        travelStart: '',
        travelEnd: '',
        amount: '50 000,00',
        margin: '5000',
        status: 'paid',
      }),
      'd1',
    );
    expect(again.ok && again.value.editions).toHaveLength(2);
    expect(await dealActivities(core)).toBe(2);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const { core, client } = await setUp();
    const r = await core.saveDeal(input(client.id, { title: '', amount: '10', margin: '20', status: 'won' as never }));
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['title', 'margin', 'status']);
    expect(await dealActivities(core)).toBe(0);
  });

  it('refuses an unknown client, another office’s client, an unknown deal, and a new deal on a handed-over client', async () => {
    const { core, client } = await setUp();
    expect(await core.saveDeal(input('nobody'))).toEqual({
      ok: false,
      errors: [{ field: 'clientId', code: 'notFound', message: 'This client no longer exists.' }],
    });
    await databaseOf(core).clients.insert({ ...client, id: 'elsewhere', officeId: 'office-2' });
    expect(await core.saveDeal(input('elsewhere'))).toEqual({
      ok: false,
      errors: [{ field: 'clientId', code: 'otherOffice', message: "Deals are recorded by the client's own office." }],
    });
    expect(await core.saveDeal(input(client.id), 'no-such-deal')).toEqual({
      ok: false,
      errors: [{ field: 'dealId', code: 'notFound', message: 'This deal is not on this client.' }],
    });
    const first = await core.saveDeal(input(client.id));
    await databaseOf(core)
      .clients.findOne(client.id)
      .exec()
      .then((c) =>
        c!.incrementalPatch({
          handedOver: {
            caseId: 'c',
            toManagerId: 'masha',
            toManagerName: 'Masha Petrova',
            toOfficeName: 'Office 2',
            at: 1,
          },
        }),
      );
    expect(await core.saveDeal(input(client.id))).toEqual({
      ok: false,
      errors: [
        {
          field: 'clientId',
          code: 'handedOver',
          message: 'This client was handed over to Masha Petrova (Office 2); new deals are recorded there.',
        },
      ],
    });
    // The deals made before the handover can still be brought to an end.
    expect(first.ok && (await core.saveDeal(input(client.id, { status: 'paid' }), first.value.dealId)).ok).toBe(true);
    expect(await dealActivities(core)).toBe(2);
  });
});

describe('deals$', () => {
  it('fills the split of an agreed case: the first order after the agreement 60/40, with the managers’ names', async () => {
    const { core, clock, client, me } = await setUp();
    const before = await core.saveDeal(input(client.id, { title: 'Before the case' }));
    clock.advance(1000);
    const caseDoc = caseWithMasha(me, client.id, clock.now());
    await databaseOf(core).cases.insert(caseDoc);
    const proposal = await core.propose(caseDoc.id, {
      keeper: 'owner',
      firstOrderSplit: { owner: 60, newcomer: 40 },
      laterOrdersSplit: null,
      leadsCompensation: { from: 'owner', count: 3 },
      disputedDeals: [],
      note: '',
    });
    if (!proposal.ok) throw new Error('propose');
    await databaseOf(core).caseevents.insert({
      id: 'masha-accept',
      caseId: caseDoc.id,
      officeIds: caseDoc.officeIds,
      type: 'accept',
      at: clock.now() + 10,
      by: { userId: 'masha', role: 'manager', officeId: 'office-2', name: 'Masha Petrova' },
      proposalId: proposal.value.id,
    });
    clock.advance(1000);
    const first = await core.saveDeal(input(client.id, { title: 'First order', status: 'paid' }));
    clock.advance(1000);
    const second = await core.saveDeal(input(client.id, { title: 'Second order' }));
    if (!before.ok || !first.ok || !second.ok) throw new Error('deals');

    const views = await firstValueFrom(
      core.deals$(client.id).pipe(
        filter((v: DealView[]) => v.length === 3 && v.some((d) => d.split)),
        timeout(3000),
      ),
    );
    const byTitle = Object.fromEntries(views.map((v) => [v.current.title, v.split]));
    expect(byTitle['First order']).toEqual({
      caseId: caseDoc.id,
      shares: [
        { managerId: me.userId, managerName: 'Petya Ivanov', pct: 60 },
        { managerId: 'masha', managerName: 'Masha Petrova', pct: 40 },
      ],
      reason: 'first-order',
    });
    expect(byTitle['Before the case']).toBeNull();
    expect(byTitle['Second order']).toBeNull();
    expect(views.map((v) => v.current.title)).toEqual(['Second order', 'First order', 'Before the case']);
    expect(first.value.split?.reason).toBe('first-order');
  });
});
