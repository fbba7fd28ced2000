import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom, take, toArray, timeout, type Observable } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { manualClock, openMemoryOffice } from '../../../test/support/memoryOffice';
import { caseIdFor } from '../../cases/caseId';
import type { ClaimDoc } from '../../db';
import type { Notification } from '../../notify/notificationRules';
import { emptyDraft } from '../clientDraft';
import type { OfficeCore } from '../officeCore';
import { openOfficeCore } from '../officeCore';
import { createOfficeCrypto } from '../webCryptoPort';
import { databaseOf } from '../../../test/support/officeDatabase';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});
async function office(name?: string): Promise<OfficeCore> {
  const core = await openMemoryOffice(name ? { name } : {});
  cores.push(core);
  return core;
}

/** A claim of another office's client, as the endpoint's claims arrive by sync. */
function foreignClaim(core: OfficeCore, key: string, clientId = 'masha-client', since = 1): ClaimDoc {
  const keyHash = core.hashIdentityKey(key);
  return {
    id: `${keyHash}|${clientId}`,
    keyHash,
    kind: 'phone',
    display: '+7 916 ***-**-67',
    clientId,
    clientLabel: 'Ivanov P.',
    ownerId: 'masha',
    ownerName: 'Masha Petrova',
    officeId: 'office-2',
    officeName: 'Office 2',
    since,
    lastActivityAt: 1,
  };
}

function collect(notifications$: Observable<Notification>, count: number): Promise<Notification[]> {
  return firstValueFrom(notifications$.pipe(take(count), toArray(), timeout(3000)));
}

async function save(core: OfficeCore, phones: string[], fullName = 'Иванов Пётр') {
  const r = await core.saveClient({ ...emptyDraft(), fullName, phones });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.client;
}

describe('detection in the office', () => {
  it('opens a case when a pulled claim matches my client, and tells me once', async () => {
    const core = await office();
    const mine = await save(core, ['+7 916 123 45 67']);
    const first = collect(core.notifications$, 1);
    await databaseOf(core).claims.insert(foreignClaim(core, 'phone:+79161234567', 'masha-client', Date.now() + 60_000));
    const [note] = await first;
    expect(note).toMatchObject({
      kind: 'ownerDuplicate',
      title: 'New duplicate of your client',
      route: `/cases/${encodeURIComponent(caseIdFor(mine.id, 'masha-client'))}`,
    });
    const opened = await databaseOf(core).cases.findOne(caseIdFor(mine.id, 'masha-client')).exec();
    expect(opened).toMatchObject({
      detectedWhere: 'officeSync',
      causedBy: 'masha',
      officeIds: expect.arrayContaining(['office-2']),
    });
    expect(opened?.owner.clientId).toBe(mine.id);
    expect(await firstValueFrom(core.unseenCaseCount$)).toBe(1);
    await core.markCaseSeen(opened!.id);
    expect(await firstValueFrom(core.unseenCaseCount$)).toBe(0);

    // The same claim again (the endpoint's copy arriving later) neither reopens nor re-announces.
    const again = collect(core.notifications$, 1).catch(() => 'nothing');
    await databaseOf(core).claims.upsert({
      ...foreignClaim(core, 'phone:+79161234567', 'masha-client', Date.now() + 60_000),
      lastActivityAt: 2,
    });
    expect(await again).toBe('nothing');
    expect(await databaseOf(core).cases.count().exec()).toBe(1);
  });

  it('opens a case when I save a duplicate despite the warning, without notifying me', async () => {
    const core = await office();
    await databaseOf(core).claims.insert(foreignClaim(core, 'phone:+79161234567'));
    const silent = collect(core.notifications$, 1).catch(() => 'nothing');
    const saved = await core.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['8 (916) 123-45-67'] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const mine = saved.value.client;
    const opened = await databaseOf(core).cases.findOne(caseIdFor(mine.id, 'masha-client')).exec();
    expect(opened).toMatchObject({ detectedWhere: 'beforeSave', causedBy: expect.any(String) });
    expect(opened?.newcomer.clientId).toBe(mine.id);
    // The save itself says which cases it opened.
    expect(saved.value.openedCases).toEqual([opened!.toJSON()]);
    expect(await silent).toBe('nothing');
  });

  it('says when a save opened nothing, and which cases a later edit opened', async () => {
    const clock = manualClock();
    const core = await openMemoryOffice({ clock });
    cores.push(core);
    const first = await core.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['+7 903 000 00 00'] });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.value.openedCases).toEqual([]);
    await databaseOf(core).claims.insert(foreignClaim(core, 'phone:+79161234567'));
    // Hours later, adding a phone another manager holds: a warning seen while typing.
    clock.advance(3 * 3600_000);
    const edited = await core.saveClient(
      { ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['+7 903 000 00 00', '+7 916 123 45 67'] },
      first.value.client.id,
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited.errors));
    expect(edited.value.openedCases).toEqual([
      expect.objectContaining({ id: caseIdFor(first.value.client.id, 'masha-client'), detectedWhere: 'beforeSave' }),
    ]);
  });

  it('opens nothing for my own clients sharing a key (a merge suggestion) or for a name alone', async () => {
    const core = await office();
    await save(core, ['+7 916 123 45 67']);
    await save(core, ['+7 916 123 45 67'], 'Petr Ivanov');
    await save(core, ['+7 903 000 00 00'], 'Иванов Пётр');
    expect(await databaseOf(core).cases.count().exec()).toBe(0);
  });

  it('sums up many new cases in one digest', async () => {
    const core = await office();
    for (let i = 0; i < 6; i++) await save(core, [`+7 916 000 00 0${i}`], `Client ${i}`);
    const notes = collect(core.notifications$, 1);
    await databaseOf(core).claims.bulkInsert(
      Array.from({ length: 6 }, (_, i) => foreignClaim(core, `phone:+7916000000${i}`, `foreign-${i}`)),
    );
    const [digest] = await notes;
    expect(digest).toMatchObject({ kind: 'digest', title: '6 new duplicate clients', route: '/cases' });
    expect(await databaseOf(core).cases.count().exec()).toBe(6);
  });

  it('remembers what it announced across restarts', async () => {
    const name = `notify${Date.now()}`;
    const open = () =>
      openOfficeCore({
        name,
        storage: getRxStorageMemory(),
        multiInstance: false,
        crypto: createOfficeCrypto(globalThis.crypto),
      });
    const first = await open();
    await first.setProfile({ userName: 'Petya', officeName: 'Office 1', defaultCountry: 'RU' });
    const mine = await first.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['+7 916 123 45 67'] });
    const shown = collect(first.notifications$, 1);
    await databaseOf(first).claims.insert(
      foreignClaim(first, 'phone:+79161234567', 'masha-client', Date.now() + 60_000),
    );
    await shown;
    await first.close();
    const second = await open();
    cores.push(second);
    const silent = collect(second.notifications$, 1).catch(() => 'nothing');
    // The endpoint's copy of the same case arrives after the restart.
    const existing = await databaseOf(second)
      .cases.findOne(caseIdFor(mine.ok ? mine.value.client.id : '', 'masha-client'))
      .exec();
    await existing!.incrementalPatch({ detectedWhere: 'endpoint', updatedAt: 99 });
    expect(await silent).toBe('nothing');
  });

  it('finds a shared key in a big batch arriving at an office that already holds claims, before and after counting them', async () => {
    const name = `counted${Date.now()}`;
    const open = () => openMemoryOffice({ name });
    const first = await open();
    const one = await save(first, ['+7 916 123 45 67']);
    const two = await save(first, ['+7 916 765 43 21']);
    await first.close();
    // Reopened with claims: detection counts them only when a big batch comes, and meanwhile reads keys back.
    const core = await open();
    cores.push(core);
    const batch = (shared: string, tag: string) => [
      ...Array.from({ length: 400 }, (_, i) =>
        foreignClaim(core, `phone:+7903${tag}${String(i).padStart(4, '0')}`, `${tag}-${i}`),
      ),
      foreignClaim(core, shared, `${tag}-shared`, Date.now() + 60_000),
    ];
    const shown = collect(core.notifications$, 1);
    await databaseOf(core).claims.bulkInsert(batch('phone:+79161234567', '100'));
    await shown;
    const again = collect(core.notifications$, 1);
    await databaseOf(core).claims.bulkInsert(batch('phone:+79167654321', '200'));
    await again;
    const cases = databaseOf(core).cases;
    expect(await cases.findOne(caseIdFor(one.id, '100-shared')).exec()).not.toBeNull();
    expect(await cases.findOne(caseIdFor(two.id, '200-shared')).exec()).not.toBeNull();
    expect(await cases.count().exec()).toBe(2);
  });

  it('reports a failed run to the platform instead of throwing, and keeps watching', async () => {
    const failures: string[] = [];
    let reported: () => void = () => undefined;
    const firstFailure = new Promise<void>((resolve) => (reported = resolve));
    const core = await openOfficeCore({
      name: `failing${Date.now()}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
      crypto: createOfficeCrypto(globalThis.crypto),
      reportBackgroundFailure: (task) => {
        failures.push(task);
        reported();
      },
    });
    cores.push(core);
    // No profile yet: detection cannot tell which clients are this office's, so the run fails.
    await databaseOf(core).claims.insert(foreignClaim(core, 'phone:+79161234567'));
    await firstFailure;
    expect(failures[0]).toBe('case detection');

    await core.setProfile({ userName: 'Petya', officeName: 'Office 1', defaultCountry: 'RU' });
    const mine = await save(core, ['+7 916 123 45 67']);
    const note = collect(core.notifications$, 1);
    await databaseOf(core).claims.insert(foreignClaim(core, 'phone:+79161234567', 'late-client', Date.now() + 60_000));
    await note;
    expect(await databaseOf(core).cases.findOne(caseIdFor(mine.id, 'late-client')).exec()).not.toBeNull();
  });
});
