import { afterEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom } from 'rxjs';
import { manualClock, openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import { storedClient } from '../../../test/support/storedClient';
import { emptyDraft } from '../clientDraft';
import type { OfficeCore } from '../officeCore';
import { clientListPage } from './clientList';
import { caseWithMasha } from '../../../test/support/petyasCase';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function office() {
  const clock = manualClock();
  const core = await openMemoryOffice({ clock });
  cores.push(core);
  const save = async (fullName: string, phones: string[] = []) => {
    const saved = await core.saveClient({ ...emptyDraft(), fullName, phones });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    return saved.value.client.id;
  };
  return { core, clock, save };
}

describe('office read models', () => {
  it('follows one client and says null once it is deleted', async () => {
    const { core, save } = await office();
    const id = await save('Иванов Пётр');
    expect((await firstValueFrom(core.client$(id)))?.fullName).toBe('Иванов Пётр');
    await core.deleteClient(id);
    expect(await firstValueFrom(core.client$(id).pipe(filter((c) => c === null)))).toBeNull();
  });

  it('lists a household by name and a client history newest first', async () => {
    const { core, clock, save } = await office();
    const petr = await save('Иванов Пётр');
    const anna = await save('Борисова Анна');
    const linked = await core.linkHousehold(petr, anna);
    if (!linked.ok) throw new Error('link failed');
    const members = await firstValueFrom(core.householdMembers$(linked.value));
    expect(members.map((m) => m.fullName)).toEqual(['Борисова Анна', 'Иванов Пётр']);

    await core.logActivity({ clientId: petr, type: 'call', at: clock.now() - 2_000, note: 'first' });
    await core.logActivity({ clientId: petr, type: 'email', at: clock.now() - 1_000, note: 'second' });
    await core.logActivity({ clientId: anna, type: 'meeting', at: clock.now() - 500, note: 'hers' });
    expect((await firstValueFrom(core.activities$(petr))).map((a) => a.note)).toEqual(['second', 'first']);
    const both = await firstValueFrom(core.activitiesOfClients$([petr, anna, petr]));
    expect(both.map((a) => a.note).sort()).toEqual(['first', 'hers', 'second']);
    expect(await firstValueFrom(core.activitiesOfClients$([]))).toEqual([]);
  });

  it("names this office's clients in full and another office's by their claim label", async () => {
    const { core, save } = await office();
    const mine = await save('Иванов Пётр', ['+7 916 123 45 67']);
    const keyHash = core.hashIdentityKey('phone:+79031112233');
    await databaseOf(core).claims.insert({
      id: `${keyHash}|theirs`,
      keyHash,
      kind: 'phone',
      display: '+7 903 ***-**-33',
      clientId: 'theirs',
      clientLabel: 'Petrova M.',
      ownerId: 'masha',
      ownerName: 'Masha Petrova',
      officeId: 'office-2',
      officeName: 'Office 2',
      since: 1,
      lastActivityAt: 1,
    });
    const labels = await firstValueFrom(core.clientLabels$([mine, 'theirs', 'unknown']));
    expect([...labels]).toEqual([
      [mine, 'Иванов Пётр'],
      ['theirs', 'Petrova M.'],
    ]);
  });

  it('searches again when the book changes', async () => {
    const { core, save } = await office();
    const seen: string[][] = [];
    const subscription = core.clientSearch$('Иванов').subscribe((clients) => seen.push(clients.map((c) => c.fullName)));
    await expect.poll(() => seen).toEqual([[]]);
    await save('Иванов Пётр');
    await expect.poll(() => seen.at(-1)).toEqual(['Иванов Пётр']);
    subscription.unsubscribe();
  });

  it('counts the whole book and pages through it alphabetically, namesakes across a page boundary included', async () => {
    const { core, save } = await office();
    const names = ['Борисова Анна', 'Иванов Пётр', 'Иванов Пётр', 'Иванов Пётр', 'Смирнова Анна', 'Яковлев Олег'];
    for (const name of names) await save(name);
    await expect.poll(async () => (await firstValueFrom(core.clientBook$())).total).toBe(6);

    const first = await core.clientListPage(0, 2);
    const second = await core.clientListPage(2, 2, first.at(-1));
    const third = await core.clientListPage(4, 2, second.at(-1));
    const paged = [...first, ...second, ...third];
    expect(paged.map((c) => c.fullName)).toEqual(names);
    expect(new Set(paged.map((c) => c.id)).size).toBe(6);
    expect((await core.clientListPage(2, 2)).map((c) => c.id)).toEqual(second.map((c) => c.id));
  });

  it('seeks a page deep in the book by counting the index, namesakes included', async () => {
    const { core } = await office();
    const db = databaseOf(core);
    const surnames = ['Борисов', 'Иванов', 'Смирнов', 'Яковлев'];
    const docs = Array.from({ length: 1_200 }, (_, i) =>
      // Every tenth is one namesake, so a page boundary falls inside a run of equal names.
      storedClient(
        `c${String(i).padStart(4, '0')}`,
        i % 10 === 0 ? 'Иванов Пётр' : `${surnames[i % 4]} ${String(i).padStart(4, '0')}`,
      ),
    );
    await db.clients.bulkInsert(docs);
    const sorted = [...docs].sort((a, b) =>
      a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : 1,
    );
    for (const offset of [0, 150, 390, 600, 1_000, 1_150]) {
      // The seek alone (no order in memory), then through the core once its order is read.
      const sought = await clientListPage(db, offset, 50);
      expect(
        sought.map((c) => c.id),
        `offset ${offset}`,
      ).toEqual(sorted.slice(offset, offset + 50).map((d) => d.id));
    }
    await core.clientListPage(0, 1);
    for (const offset of [390, 1_150]) {
      await expect
        .poll(async () => (await core.clientListPage(offset, 50)).map((c) => c.id))
        .toEqual(sorted.slice(offset, offset + 50).map((d) => d.id));
    }
  });

  it('follows the book as it grows and shrinks, with a new version each time', async () => {
    const { core, save } = await office();
    const seen: Array<{ total: number; version: number }> = [];
    const subscription = core.clientBook$().subscribe((state) => seen.push(state));
    await expect.poll(() => seen.at(-1)?.total).toBe(0);
    const petr = await save('Иванов Пётр');
    await save('Смирнова Анна');
    await expect.poll(() => seen.at(-1)?.total).toBe(2);
    expect(seen.at(-1)!.version).toBeGreaterThan(seen[0]!.version);
    await core.deleteClient(petr);
    await expect.poll(() => seen.at(-1)?.total).toBe(1);
    subscription.unsubscribe();
  });

  it("names each side's client in an unsettled case with the other side", async () => {
    const { core, clock, save } = await office();
    const mine = await save('Иванов Пётр', ['+7 916 123 45 67']);
    const caseDoc = caseWithMasha(core.profile()!, mine, clock.now());
    await databaseOf(core).cases.insert(caseDoc);
    const byClient = await firstValueFrom(core.openCasesByClient$());
    expect(byClient.get(mine)).toEqual([
      {
        caseId: caseDoc.id,
        detectedAt: caseDoc.detectedAt,
        other: { clientLabel: 'Иванов П.', managerName: caseDoc.newcomer.managerName, officeName: 'Office 2' },
      },
    ]);
    expect(byClient.get('masha-client')?.map((c) => c.caseId)).toEqual([caseDoc.id]);
  });
});
