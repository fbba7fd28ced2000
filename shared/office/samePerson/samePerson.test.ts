import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import type { ClientDoc } from '../../db';
import { emptyDraft, type ClientDraft } from '../clientDraft';
import type { OfficeCore } from '../officeCore';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function office(options: Parameters<typeof openMemoryOffice>[0] = {}) {
  const core = await openMemoryOffice({ clock: manualClock(), ...options });
  cores.push(core);
  return core;
}

async function save(core: OfficeCore, fields: Partial<ClientDraft>): Promise<ClientDoc> {
  const saved = await core.saveClient({ ...emptyDraft(), ...fields });
  if (!saved.ok) throw new Error(saved.errors.map((e) => e.message).join('; '));
  return saved.value.client;
}

async function twoRecords(core: OfficeCore) {
  const a = await save(core, { fullName: 'Иванов Пётр', phones: ['+7 916 123-45-67'], notes: 'Любит Турцию' });
  const b = await save(core, {
    fullName: 'Иванов Петр',
    phones: ['+7 916 123-45-67', '+7 903 000-00-01'],
    emails: ['petr@mail.ru'],
    notes: 'Звонить вечером',
  });
  return { a, b };
}

const stored = async (core: OfficeCore, id: string) =>
  (await databaseOf(core).clients.findOne(id).exec())?.toJSON() as ClientDoc;

describe('two records of one person in an office', () => {
  it('are offered to each other: a shared phone first, a similar name as a hint', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    const namesake = await save(core, { fullName: 'Пётр Иванов' });
    const candidates = await core.samePersonCandidates(a.id);
    expect(candidates[0]).toMatchObject({ client: { id: b.id }, reason: 'phone', linked: false });
    expect(candidates.find((c) => c.client.id === namesake.id)).toMatchObject({ reason: 'name', display: '' });
  });

  it('are linked: both kept, shown as linked, nothing else changes', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    expect(await core.linkSamePerson(a.id, b.id)).toEqual({ ok: true, value: true });
    expect((await stored(core, a.id)).linkedWith).toEqual([b.id]);
    expect((await stored(core, b.id)).linkedWith).toEqual([a.id]);
    expect((await stored(core, b.id)).phones).toEqual(b.phones);
    expect((await core.samePersonCandidates(a.id))[0]).toMatchObject({ client: { id: b.id }, linked: true });
  });

  it('neither side of a merge can be deleted until the merge is undone', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    await core.mergeSamePerson(a.id, b.id);
    expect(await core.deleteClient(a.id)).toMatchObject({ ok: false, errors: [{ code: 'merged' }] });
    expect(await core.deleteClient(b.id)).toMatchObject({ ok: false, errors: [{ code: 'merged' }] });
    await core.undoSamePersonMerge(a.id, b.id);
    expect(await core.deleteClient(b.id)).toEqual({ ok: true, value: true });
  });

  it('merge: the survivor shows every contact and both histories, the other record leaves the book and its claims', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    await core.logActivity({ clientId: a.id, type: 'call', at: Date.UTC(2026, 9, 12, 8, 0), note: 'Первый звонок' });
    await core.logActivity({ clientId: b.id, type: 'meeting', at: Date.UTC(2026, 9, 12, 8, 30), note: 'Встреча' });
    const merged = await core.mergeSamePerson(a.id, b.id);
    expect(merged.ok).toBe(true);
    const survivor = await stored(core, a.id);
    expect(survivor.phones.map((p) => p.e164)).toEqual(['+79161234567', '+79030000001']);
    expect(survivor.emails).toEqual(['petr@mail.ru']);
    expect(survivor.notes).toBe('Любит Турцию\n\nЗвонить вечером');
    const history = await firstValueFrom(core.activities$(a.id));
    expect(history.map((h) => h.note)).toEqual(['Встреча', 'Первый звонок']);
    const claims = await databaseOf(core).claims.find().exec();
    expect(claims.every((c) => c.clientId === a.id)).toBe(true);
    expect((await core.clientListPage(0, 10)).map((c) => c.id)).toEqual([a.id]);
    expect((await core.searchClients('Иванов')).map((c) => c.id)).toEqual([a.id]);
    expect((await core.absorbedClients(a.id)).map((c) => c.id)).toEqual([b.id]);
    expect(await core.samePersonCandidates(a.id)).toEqual([]);
  });

  it('the survivor shows the deals of both records, each on the client it was made for; an undo takes them back', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    const deal = (clientId: string, title: string) =>
      core.saveDeal({
        clientId,
        title,
        travelStart: '2026-11-01',
        travelEnd: '2026-11-08',
        currency: 'RUB',
        amount: '100 000',
        margin: '12 000',
        status: 'paid',
      });
    expect((await deal(a.id, 'Анталья')).ok).toBe(true);
    expect((await deal(b.id, 'Сочи')).ok).toBe(true);
    const dealsOf = async (id: string) =>
      (await firstValueFrom(core.deals$(id))).map((d) => [d.current.title, d.clientId === a.id ? 'a' : 'b']);
    expect(await dealsOf(a.id)).toEqual([['Анталья', 'a']]);
    await core.mergeSamePerson(a.id, b.id);
    expect((await dealsOf(a.id)).sort()).toEqual([
      ['Анталья', 'a'],
      ['Сочи', 'b'],
    ]);
    await core.undoSamePersonMerge(a.id, b.id);
    expect(await dealsOf(a.id)).toEqual([['Анталья', 'a']]);
    expect(await dealsOf(b.id)).toEqual([['Сочи', 'b']]);
  });

  it('undo restores both records exactly, their claims and the book', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    const before = { a: await stored(core, a.id), b: await stored(core, b.id) };
    const claimsBefore = (await databaseOf(core).claims.find().exec()).map((c) => c.id).sort();
    await core.mergeSamePerson(a.id, b.id);
    expect(await core.undoSamePersonMerge(a.id, b.id)).toEqual({ ok: true, value: true });
    const after = { a: await stored(core, a.id), b: await stored(core, b.id) };
    expect({ ...after.a, updatedAt: 0 }).toStrictEqual({ ...before.a, updatedAt: 0 });
    expect({ ...after.b, updatedAt: 0 }).toStrictEqual({ ...before.b, updatedAt: 0 });
    expect((await databaseOf(core).claims.find().exec()).map((c) => c.id).sort()).toEqual(claimsBefore);
    expect((await core.clientListPage(0, 10)).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses records that are not merged, records of two managers, and a person who is not their manager', async () => {
    const core = await office();
    const { a, b } = await twoRecords(core);
    expect(await core.undoSamePersonMerge(a.id, b.id)).toMatchObject({ ok: false, errors: [{ code: 'notMerged' }] });
    expect(await core.mergeSamePerson(a.id, a.id)).toMatchObject({ ok: false, errors: [{ code: 'sameClient' }] });
    expect(await core.mergeSamePerson(a.id, 'nobody')).toMatchObject({ ok: false, errors: [{ code: 'notFound' }] });
    const colleagues = await databaseOf(core).clients.insert({
      ...(await stored(core, b.id)),
      id: 'colleagues',
      ownerId: 'vasya',
      ownerName: 'Vasya',
    });
    expect(await core.mergeSamePerson(a.id, colleagues.id)).toMatchObject({
      ok: false,
      errors: [{ code: 'otherOwner' }],
    });
    await databaseOf(core).clients.insert({ ...colleagues.toJSON(), id: 'colleagues2' } as ClientDoc);
    expect(await core.linkSamePerson('colleagues', 'colleagues2')).toMatchObject({
      ok: false,
      errors: [{ code: 'forbidden' }],
    });
    expect((await stored(core, 'colleagues')).linkedWith).toBeUndefined();
  });
});
