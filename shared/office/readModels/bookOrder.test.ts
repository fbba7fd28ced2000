import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import { storedClient } from '../../../test/support/storedClient';
import type { ClaimdeskDatabase } from '../../db';
import type { OfficeCore } from '../officeCore';
import { followBookOrder, type BookOrder } from './bookOrder';

const cores: OfficeCore[] = [];
const orders: BookOrder[] = [];
afterEach(async () => {
  orders.splice(0).forEach((o) => o.stop());
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function book(): Promise<{ db: ClaimdeskDatabase; failures: unknown[] }> {
  const core = await openMemoryOffice();
  cores.push(core);
  return { db: databaseOf(core), failures: [] };
}

/** The ids in the sortName index's order, as IndexedDB reads them. */
async function indexOrder(db: ClaimdeskDatabase): Promise<string[]> {
  const docs = await db.clients.find({ sort: [{ sortName: 'asc' }, { id: 'asc' }] }).exec();
  return docs.map((d) => d.id);
}

async function ready(order: BookOrder): Promise<void> {
  await expect.poll(() => order.idsAt(0, 1)).not.toBeNull();
}

describe('the book order in memory', () => {
  it('holds the index order, namesakes by id, once read', async () => {
    const { db, failures } = await book();
    const names = ['Яковлев Ян', 'Иванов Пётр', 'Борисов Борис', 'Иванов Пётр', 'иванов пётр'];
    await db.clients.bulkInsert(names.map((name, i) => storedClient(`c${9 - i}`, name)));
    const order = followBookOrder(db, (e) => failures.push(e));
    orders.push(order);
    await ready(order);
    expect(order.idsAt(0, 10)).toEqual(await indexOrder(db));
    expect(order.idsAt(1, 2)).toEqual((await indexOrder(db)).slice(1, 3));
    expect(failures).toEqual([]);
  });

  it('follows a new client, a renamed one and a deleted one', async () => {
    const { db, failures } = await book();
    await db.clients.bulkInsert([storedClient('a', 'Борисов Борис'), storedClient('b', 'Смирнов Сергей')]);
    const order = followBookOrder(db, (e) => failures.push(e));
    orders.push(order);
    await ready(order);
    await db.clients.insert(storedClient('c', 'Иванов Пётр'));
    expect(order.idsAt(0, 10)).toEqual(['a', 'c', 'b']);
    await db.clients.findOne('a').incrementalPatch({ fullName: 'Яковлев Ян', sortName: 'яковлев ян' });
    expect(order.idsAt(0, 10)).toEqual(['c', 'b', 'a']);
    await db.clients.findOne('b').remove();
    expect(order.idsAt(0, 10)).toEqual(['c', 'a']);
    expect(order.idsAt(0, 10)).toEqual(await indexOrder(db));
  });

  it("follows a sync's large batch and the writes made while it was being read", async () => {
    const { db, failures } = await book();
    await db.clients.bulkInsert(Array.from({ length: 12_000 }, (_, i) => storedClient(`a${i}`, `Клиент ${i % 997}`)));
    const order = followBookOrder(db, (e) => failures.push(e));
    orders.push(order);
    // Written while the order is still being read: a rename of a client already read or not yet, and a delete.
    await db.clients.findOne('a5').incrementalPatch({ sortName: 'аааа' });
    await db.clients.findOne('a11999').remove();
    await ready(order);
    await db.clients.bulkInsert(Array.from({ length: 300 }, (_, i) => storedClient(`b${i}`, `Гость ${i}`)));
    expect(order.idsAt(0, 20_000)).toEqual(await indexOrder(db));
    expect(order.idsAt(5_000, 100)).toEqual((await indexOrder(db)).slice(5_000, 5_100));
    expect(failures).toEqual([]);
  });
});
