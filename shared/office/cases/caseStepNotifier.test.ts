import { afterEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, take, timeout, toArray, type Observable } from 'rxjs';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { caseWithMasha } from '../../../test/support/petyasCase';
import type { CaseDoc, CaseEventDoc } from '../../db';
import type { Notification } from '../../notify/notificationRules';
import { termsToDoc } from '../../workflow/caseEventDoc';
import type { Terms } from '../../workflow/terms';
import type { OfficeCore } from '../officeCore';
import { databaseOf } from '../../../test/support/officeDatabase';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
};
const STEP_KINDS = new Set([
  'caseProposed',
  'caseCountered',
  'caseAgreed',
  'caseDecided',
  'caseRuled',
  'caseEscalated',
  'caseUpdates',
]);
const masha = { userId: 'masha', role: 'manager' as const, officeId: 'office-2', name: 'Masha Petrova' };

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

function steps(
  notifications$: Observable<Notification>,
  count: number,
  ms = 2000,
): Promise<Notification[] | 'nothing'> {
  return firstValueFrom(
    notifications$.pipe(
      filter((n) => STEP_KINDS.has(n.kind)),
      take(count),
      toArray(),
      timeout(ms),
    ),
  ).catch(() => 'nothing' as const);
}

/** The case with Masha as the endpoint sends it (Petya's client itself need not be stored here). */
const caseOf = (core: OfficeCore): CaseDoc => caseWithMasha(core.profile()!, 'petya-client', Date.now());

const mashaStep = (
  caseDoc: CaseDoc,
  fields: Pick<CaseEventDoc, 'id' | 'type'> & Partial<CaseEventDoc>,
): CaseEventDoc => ({ caseId: caseDoc.id, officeIds: caseDoc.officeIds, at: Date.now(), by: masha, ...fields });

describe('notifications about the steps of a case', () => {
  it('tells Petya once that Masha proposed terms, remembers it across restarts, and says nothing of his own steps', async () => {
    const name = `steps${Date.now()}`;
    const core = await openMemoryOffice({ name });
    const caseDoc = caseOf(core);
    await databaseOf(core).cases.insert(caseDoc);
    const heard = steps(core.notifications$, 1);
    await databaseOf(core).caseevents.insert(
      mashaStep(caseDoc, { id: 'masha-p1', type: 'propose', terms: termsToDoc(TERMS) }),
    );
    expect(await heard).toMatchObject([
      {
        id: 'proposal:masha-p1',
        kind: 'caseProposed',
        title: 'Masha Petrova proposed terms',
        route: `/cases/${encodeURIComponent(caseDoc.id)}`,
        params: { byName: 'Masha Petrova' },
      },
    ]);
    await core.close();

    // After a restart the proposal is still on the table, but it was told already.
    const again = await openMemoryOffice({ name, profile: null });
    cores.push(again);
    const repeat = steps(again.notifications$, 1, 800);
    expect(await repeat).toBe('nothing');

    // Petya's own counter is no news to him.
    const own = steps(again.notifications$, 1, 800);
    expect((await again.counter(caseDoc.id, { ...TERMS, firstOrderSplit: { owner: 70, newcomer: 30 } })).ok).toBe(true);
    expect(await own).toBe('nothing');
  });

  it('tells the proposer when the other party accepts: the case is final', async () => {
    const core = await openMemoryOffice();
    cores.push(core);
    const caseDoc = caseOf(core);
    await databaseOf(core).cases.insert(caseDoc);
    const proposal = await core.propose(caseDoc.id, TERMS);
    if (!proposal.ok) throw new Error('propose');
    const heard = steps(core.notifications$, 1);
    await databaseOf(core).caseevents.insert(
      mashaStep(caseDoc, {
        id: 'masha-accept',
        type: 'accept',
        at: proposal.value.at + 1,
        proposalId: proposal.value.id,
      }),
    );
    expect(await heard).toMatchObject([
      { id: 'resolved:masha-accept', kind: 'caseAgreed', title: 'Agreement reached: Иванов П.' },
    ]);
  });

  it('wakes at the negotiation deadline to tell the lead the case is now theirs', async () => {
    const core = await openMemoryOffice();
    cores.push(core);
    const me = core.profile()!;
    expect(
      (
        await core.adoptAccount({
          endpointId: 'https://hq',
          userId: 'lead1',
          userName: 'Lena Lead',
          officeId: me.officeId,
          officeName: 'Office 1',
          role: 'lead',
        })
      ).ok,
    ).toBe(true);
    const caseDoc = caseOf(core);
    await databaseOf(core).cases.insert(caseDoc);
    const heard = steps(core.notifications$, 1, 4000);
    await databaseOf(core).caseevents.insert(
      mashaStep(caseDoc, { id: 'masha-deadline', type: 'deadlineSet', deadline: Date.now() + 600 }),
    );
    expect(await heard).toMatchObject([
      { id: `escalated:${caseDoc.id}`, kind: 'caseEscalated', params: { cause: 'deadline' } },
    ]);
  });
});
