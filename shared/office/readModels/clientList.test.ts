import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom, type Subscription } from 'rxjs';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import { emptyDraft } from '../clientDraft';
import type { OfficeCore } from '../officeCore';
import { bookPages, clientBook$, type ClientBookState } from './clientList';

const cores: OfficeCore[] = [];
const subscriptions: Subscription[] = [];
afterEach(async () => {
  subscriptions.splice(0).forEach((s) => s.unsubscribe());
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function bookOf(names: string[]) {
  const core = await openMemoryOffice();
  cores.push(core);
  for (const fullName of names) {
    const saved = await core.saveClient({ ...emptyDraft(), fullName });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }
  return databaseOf(core);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the client book before its first count', () => {
  it('counts only once the first page is read, so the first rows never wait for the count', async () => {
    const db = await bookOf(['Иванов Пётр', 'Борисова Анна']);
    const pages = bookPages(db, () => undefined);
    const seen: ClientBookState[] = [];
    subscriptions.push(clientBook$(db, pages.firstPageRead).subscribe((state) => seen.push(state)));
    await pause(200);
    expect(seen).toEqual([]);
    const firstPage = await pages.clientListPage(0, 100);
    expect(firstPage.map((c) => c.fullName)).toEqual(['Борисова Анна', 'Иванов Пётр']);
    await expect.poll(() => seen).toEqual([{ total: 2, version: 1 }]);
    pages.stop();
  });

  it('is counted all the same when no page is read', async () => {
    const db = await bookOf(['Иванов Пётр']);
    const never = new Promise<void>(() => undefined);
    expect(await firstValueFrom(clientBook$(db, never))).toEqual({ total: 1, version: 1 });
  });

  it('says its first page was read once any page is read, whatever it held', async () => {
    const db = await bookOf([]);
    const pages = bookPages(db, () => undefined);
    let read = false;
    void pages.firstPageRead.then(() => (read = true));
    await pause(50);
    expect(read).toBe(false);
    expect(await pages.clientListPage(0, 100)).toEqual([]);
    await expect.poll(() => read).toBe(true);
    pages.stop();
  });
});
