import { afterEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, type Observable } from 'rxjs';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { memoryTransport, type MemoryTransport } from '../../../test/support/memoryTransport';
import { caseWithMasha } from '../../../test/support/petyasCase';
import type { CaseDoc, CaseEventDoc } from '../../db';
import type { Notification } from '../../notify/notificationRules';
import type { SyncDocument } from '../../sync';
import { termsToDoc } from '../../workflow/caseEventDoc';
import type { Terms } from '../../workflow/terms';
import type { OfficeCore, OfficeSync, Profile } from '..';

const TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 2 },
  disputedDeals: [],
  note: '',
};
const masha = { userId: 'masha', role: 'manager' as const, officeId: 'office-2', name: 'Masha Petrova' };
const lena = { userId: 'lena', role: 'lead' as const, officeId: 'office-2', name: 'Lena Lead' };

const running: Array<{ core: OfficeCore; sync: OfficeSync | null }> = [];
afterEach(async () => {
  for (const { core, sync } of running.splice(0)) {
    await sync?.stop();
    await core.close();
  }
});

/**
 * Petya's workstation (a database named `name`) with everything it shows; syncing once `endpoint`
 * is given, signed in as `account` when given (a new device of an existing account).
 */
async function petya(name: string, endpoint: MemoryTransport | null, profile = true, account?: Profile) {
  const core = await openMemoryOffice({ name, ...(profile ? {} : { profile: null }) });
  if (account)
    await core.adoptAccount({
      endpointId: 'memory',
      userId: account.userId,
      userName: account.userName,
      officeId: account.officeId,
      officeName: account.officeName,
      role: 'manager',
    });
  const shown: Notification[] = [];
  core.notifications$.subscribe((n) => shown.push(n));
  const sync = endpoint ? core.startSync(endpoint.transport, 'memory', { baseRetryMs: 20 }) : null;
  running.push({ core, sync });
  return { core, sync, shown, me: core.profile()! };
}

let clientCounter = 0;
/** A case of one of Petya's clients with Masha, as the endpoint holds it. */
function caseOf(me: ReturnType<OfficeCore['profile']> & object, at = Date.now()): SyncDocument<'cases'> {
  clientCounter += 1;
  return { ...caseWithMasha(me, `petya-client-${clientCounter}`, at), _deleted: false };
}

function stepOf(
  caseDoc: CaseDoc,
  by: CaseEventDoc['by'],
  fields: Pick<CaseEventDoc, 'id' | 'type'> & Partial<CaseEventDoc>,
): SyncDocument<'caseevents'> {
  return { caseId: caseDoc.id, officeIds: caseDoc.officeIds, at: Date.now(), by, _deleted: false, ...fields };
}

const proposal = (caseDoc: CaseDoc, id: string) =>
  stepOf(caseDoc, masha, { id, type: 'propose', terms: termsToDoc(TERMS) });

function next(notifications$: Observable<Notification>, kind: Notification['kind']): Promise<Notification> {
  return firstValueFrom(notifications$.pipe(filter((n) => n.kind === kind)));
}

describe('a fresh database’s first sync', () => {
  it('announces nothing of settled cases and answered steps: only what happens after it', async () => {
    const endpoint = memoryTransport();
    // Petya's account has a past, settled on his other workstation.
    const setup = await petya(`past${Date.now()}`, null);
    const me = setup.me;
    const agreed = caseOf(me);
    const decided = caseOf(me);
    const open = caseOf(me);
    const petyaActor = { userId: me.userId, role: 'manager' as const, officeId: me.officeId, name: me.userName };
    const t = Date.now() - 60_000;
    endpoint.publish('cases', [agreed, decided, open]);
    endpoint.publish('caseevents', [
      { ...proposal(agreed, 'p-agreed'), at: t },
      stepOf(agreed, petyaActor, { id: 'a-agreed', type: 'accept', proposalId: 'p-agreed', at: t + 1 }),
      stepOf(decided, masha, { id: 'e-decided', type: 'escalate', reason: 'No answer', at: t }),
      stepOf(decided, lena, { id: 'd-decided', type: 'decide', terms: termsToDoc(TERMS), at: t + 1 }),
    ]);

    // The same account on a new device: a fresh database with Petya's profile.
    const fresh = await petya(`fresh${Date.now()}`, endpoint, false, me);
    await fresh.sync!.awaitInSync();

    // Something new after the first sync is told, and is the first thing told.
    const heard = next(fresh.core.notifications$, 'caseProposed');
    endpoint.publish('caseevents', [proposal(open, 'p-new')]);
    expect(await heard).toMatchObject({ id: 'proposal:p-new', caseIds: [open.id] });
    expect(fresh.shown.map((n) => n.id)).toEqual(['proposal:p-new']);
  });

  it('sums up once what still waits for the person, and never again after a restart', async () => {
    const endpoint = memoryTransport();
    const name = `waiting${Date.now()}`;
    const first = await petya(name, endpoint);
    const waitingA = caseOf(first.me);
    const waitingB = caseOf(first.me);
    const later = caseOf(first.me);
    const digest = next(first.core.notifications$, 'caseWaiting');
    endpoint.publish('cases', [waitingA, waitingB, later]);
    endpoint.publish('caseevents', [proposal(waitingA, 'p-a'), proposal(waitingB, 'p-b')]);
    expect(await digest).toMatchObject({
      kind: 'caseWaiting',
      params: { count: 2, toAnswer: 2, toDecide: 0 },
    });
    expect((await digest).caseIds.sort()).toEqual([waitingA.id, waitingB.id].sort());
    expect(first.shown.map((n) => n.kind)).toEqual(['caseWaiting']);
    const { sync, core } = running.pop()!;
    await sync!.stop();
    await core.close();

    // Reopened: the waiting cases were told; a new proposal is the only news.
    const again = await petya(name, endpoint, false);
    await again.sync!.awaitInSync();
    const heard = next(again.core.notifications$, 'caseProposed');
    endpoint.publish('caseevents', [proposal(later, 'p-later')]);
    await heard;
    expect(again.shown.map((n) => n.id)).toEqual(['proposal:p-later']);
  });
});

describe('digests after the first sync', () => {
  it('word news gathered online as news, and a catch-up after the app was closed as "while you were away"', async () => {
    const endpoint = memoryTransport();
    const name = `digests${Date.now()}`;
    const first = await petya(name, endpoint);
    await first.sync!.awaitInSync();

    const online = next(first.core.notifications$, 'caseUpdates');
    const four = [caseOf(first.me), caseOf(first.me), caseOf(first.me), caseOf(first.me)];
    endpoint.publish('cases', four);
    endpoint.publish(
      'caseevents',
      four.map((c, i) => proposal(c, `p-online-${i}`)),
    );
    expect(await online).toMatchObject({ params: { count: 4, proposals: 4, context: 'live' } });
    const { sync, core } = running.pop()!;
    await sync!.stop();
    await core.close();

    // While the app is closed, four more proposals arrive.
    const more = [caseOf(first.me), caseOf(first.me), caseOf(first.me), caseOf(first.me)];
    endpoint.publish('cases', more);
    endpoint.publish(
      'caseevents',
      more.map((c, i) => proposal(c, `p-away-${i}`)),
    );
    const again = await petya(name, endpoint, false);
    expect(await next(again.core.notifications$, 'caseUpdates')).toMatchObject({
      params: { count: 4, proposals: 4, context: 'away' },
    });
  });
});
