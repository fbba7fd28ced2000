import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../db/schemas/request';
import { requestForTests } from '../../../test/support/requestForTests';
import type { Notification } from '../../notify/notificationRules';
import type { StreamMessage, SyncCheckpoint } from '../../sync';
import type { SyncTransport } from '../../sync/transport';
import { createRequestInbox, isMine, REQUESTS_KEPT, type RequestViewer } from './requestInbox';

const petya: RequestViewer = { userId: 'u-petya', role: 'manager', officeId: 'o1' };

const doc = requestForTests;

function fakeTransport(initial: RequestDoc[]) {
  const stream = new Subject<StreamMessage<'requests'>>();
  const pulls: (SyncCheckpoint | null)[] = [];
  const transport = {
    pull: async (_collection: string, checkpoint: SyncCheckpoint | null) => {
      pulls.push(checkpoint);
      const documents = checkpoint ? [] : initial;
      return { documents, checkpoint: documents.length ? { seq: documents.length } : checkpoint };
    },
    push: async () => [],
    stream: () => stream,
  } as unknown as SyncTransport;
  return { transport, stream, pulls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the request inbox', () => {
  it('loads what exists without announcing it, then tells the assignee of each new request once', async () => {
    const inbox = createRequestInbox(() => undefined);
    const shown: Notification[] = [];
    inbox.notifications$.subscribe((n) => shown.push(n));
    let list: readonly RequestDoc[] = [];
    inbox.requests$.subscribe((l) => (list = l));
    const { transport, stream } = fakeTransport([doc('old')]);
    const stop = inbox.follow(transport, () => petya);
    stream.next('RESYNC');
    await settle();
    expect(list.map((d) => d.id)).toEqual(['old']);
    expect(shown).toEqual([]);

    stream.next({ documents: [{ ...doc('spouse', { receivedAt: 2000 }), _deleted: false }], checkpoint: { seq: 2 } });
    stream.next({
      documents: [{ ...doc('spouse', { receivedAt: 2000, state: 'inWork', updatedAt: 3000 }), _deleted: false }],
      checkpoint: { seq: 3 },
    });
    const elsewhere = doc('other', { assignee: { userId: 'u-masha', name: 'Маша', officeId: 'o2' } });
    stream.next({ documents: [{ ...elsewhere, _deleted: false }], checkpoint: { seq: 4 } });
    await settle();
    expect(shown.map((n) => [n.id, n.kind, n.route, n.params.client, n.params.channel])).toEqual([
      ['request:spouse', 'requestAssigned', '/requests/spouse', 'Иванов П.', 'call'],
    ]);
    expect(list.map((d) => [d.id, d.state])).toEqual([
      ['spouse', 'inWork'],
      ['other', 'new'],
      ['old', 'new'],
    ]);
    expect(list.filter((d) => isMine(d, petya)).map((d) => d.id)).toEqual(['spouse', 'old']);
    expect(list.filter((d) => isMine(d, { ...petya, userId: 'lead', role: 'lead', officeId: 'o2' })).length).toBe(3);
    stop();
  });

  it('an older copy never replaces a newer one, and a failed pull is reported, not thrown', async () => {
    const failures: string[] = [];
    const inbox = createRequestInbox((task) => failures.push(task));
    const { transport, stream } = fakeTransport([]);
    (transport as { pull: unknown }).pull = async () => {
      throw new Error('offline');
    };
    inbox.follow(transport, () => petya);
    stream.next('RESYNC');
    await settle();
    expect(failures).toEqual(['pulling requests']);
    let list: readonly RequestDoc[] = [];
    inbox.requests$.subscribe((l) => (list = l));
    stream.next({
      documents: [{ ...doc('a', { state: 'lost', updatedAt: 5 }), _deleted: false }],
      checkpoint: { seq: 1 },
    });
    stream.next({
      documents: [{ ...doc('a', { state: 'new', updatedAt: 4 }), _deleted: false }],
      checkpoint: { seq: 2 },
    });
    await settle();
    expect(list.map((d) => d.state)).toEqual(['lost']);
  });

  it('at start, tells of what waits since the last announcement: one by one, or summed up past three', async () => {
    let saved = 1500;
    const mark = { load: async () => saved, save: async (at: number) => void (saved = at) };
    const overnight = [
      doc('seen', { receivedAt: 1000 }),
      doc('new-1', { receivedAt: 2000 }),
      doc('taken', { receivedAt: 2500, state: 'inWork' }),
    ];
    const first = createRequestInbox(() => undefined, mark);
    const shown: Notification[] = [];
    first.notifications$.subscribe((n) => shown.push(n));
    const one = fakeTransport(overnight);
    first.follow(one.transport, () => petya);
    one.stream.next('RESYNC');
    await settle();
    await settle();
    expect(shown.map((n) => n.id)).toEqual(['request:new-1']);
    expect(saved).toBe(2000);

    const many = Array.from({ length: 5 }, (_, i) => doc(`w${i}`, { receivedAt: 3000 + i }));
    const second = createRequestInbox(() => undefined, mark);
    const again: Notification[] = [];
    second.notifications$.subscribe((n) => again.push(n));
    const two = fakeTransport([...overnight, ...many]);
    second.follow(two.transport, () => petya);
    two.stream.next('RESYNC');
    await settle();
    await settle();
    expect(again.map((n) => [n.kind, n.params.count, n.route])).toEqual([['requestDigest', 5, '/requests']]);
    expect(saved).toBe(3004);
  });

  it('reports a mark it could not save (a closing database) instead of leaving the failure unhandled', async () => {
    const failures: string[] = [];
    const mark = {
      load: async () => 0,
      save: async () => {
        throw new Error('database closed');
      },
    };
    const inbox = createRequestInbox((task) => failures.push(task), mark);
    const shown: Notification[] = [];
    inbox.notifications$.subscribe((n) => shown.push(n));
    const { transport, stream } = fakeTransport([doc('new-1', { receivedAt: 2000 })]);
    inbox.follow(transport, () => petya);
    stream.next('RESYNC');
    await settle();
    await settle();
    expect(shown.map((n) => n.id)).toEqual(['request:new-1']);
    expect(failures).toEqual(['remembering announced requests']);
  });

  it("keeps the newest requests only, so an admin's inbox does not grow without bound", async () => {
    const inbox = createRequestInbox(() => undefined);
    let list: readonly RequestDoc[] = [];
    inbox.requests$.subscribe((l) => (list = l));
    const many = Array.from({ length: REQUESTS_KEPT + 5 }, (_, i) => doc(`r${i}`, { receivedAt: i }));
    const { transport, stream } = fakeTransport(many);
    inbox.follow(transport, () => ({ ...petya, role: 'admin' }));
    stream.next('RESYNC');
    await settle();
    await settle();
    expect(list).toHaveLength(REQUESTS_KEPT);
    expect(list[0]!.id).toBe(`r${REQUESTS_KEPT + 4}`);
    expect(list.at(-1)!.id).toBe('r5');
  });
});
