import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../test/support/memoryOffice';
import type { OfficeCore } from './officeCore';
import { emptyDraft } from './clientDraft';
import type { ActivityInput } from './activities';
import { databaseOf } from '../../test/support/officeDatabase';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});
const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  const clock = manualClock();
  const core = await openMemoryOffice({ clock });
  cores.push(core);
  const saved = await core.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', phones: ['+7 916 123 45 67'] });
  if (!saved.ok) throw new Error('save failed');
  return { core, clock, client: saved.value.client };
}

describe('logActivity', () => {
  it('records the fact with its author and moves the last activity of the client and its claims', async () => {
    const { core, clock, client } = await setup();
    clock.advance(3 * DAY);
    const logged = await core.logActivity({
      clientId: client.id,
      type: 'call',
      at: clock.now() - 60_000,
      note: ' Asked about Antalya ',
    });
    expect(logged).toEqual({
      ok: true,
      value: expect.objectContaining({ type: 'call', authorName: 'Petya Ivanov', note: 'Asked about Antalya' }),
    });
    const stored = await databaseOf(core).clients.findOne(client.id).exec();
    expect(stored?.lastActivityAt).toBe(clock.now() - 60_000);
    const check = await core.checkDuplicates({ fullName: '', phones: ['+79161234567'], emails: [] });
    expect(check.matches[0]?.lastActivityAt).toBe(clock.now() - 60_000);
  });

  it('keeps the later last activity when an older fact is logged afterwards', async () => {
    const { core, clock, client } = await setup();
    clock.advance(DAY);
    await core.logActivity({ clientId: client.id, type: 'meeting', at: clock.now(), note: '' });
    await core.logActivity({ clientId: client.id, type: 'email', at: clock.now() - 10 * DAY, note: '' });
    expect((await databaseOf(core).clients.findOne(client.id).exec())?.lastActivityAt).toBe(clock.now());
    expect(await databaseOf(core).activities.count().exec()).toBe(2);
  });

  it.each<[string, Partial<ActivityInput>, string]>([
    ['an unknown type', { type: 'lunch' as never }, 'type'],
    ['a deal without its figures (deals are saved with saveDeal)', { type: 'deal' as never }, 'type'],
    ['a date in the future', { at: Date.UTC(2030, 0, 1) }, 'at'],
    ['no date', { at: Number.NaN }, 'at'],
    ['a note that is too long', { note: 'x'.repeat(10_001) }, 'note'],
    ['an unknown client', { clientId: 'nobody' }, 'clientId'],
  ])('refuses %s and writes nothing', async (_label, bad, field) => {
    const { core, clock, client } = await setup();
    const result = await core.logActivity({ clientId: client.id, type: 'call', at: clock.now(), note: '', ...bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([field]);
    expect(await databaseOf(core).activities.count().exec()).toBe(0);
    expect((await databaseOf(core).clients.findOne(client.id).exec())?.lastActivityAt).toBe(client.lastActivityAt);
  });
});

describe('households', () => {
  it('links two clients, merges households, and dissolves a household of one', async () => {
    const { core } = await setup();
    const ids: string[] = [];
    for (const fullName of ['Иванова Мария', 'Иванов Миша', 'Иванова Оля']) {
      const r = await core.saveClient({ ...emptyDraft(), fullName });
      if (!r.ok) throw new Error('save failed');
      ids.push(r.value.client.id);
    }
    const [maria, misha, olya] = ids as [string, string, string];
    const first = await core.linkHousehold(maria, misha);
    const second = await core.linkHousehold(olya, maria);
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
    const members = await databaseOf(core)
      .clients.find({ selector: { householdId: first.ok ? first.value : '' } })
      .exec();
    expect(members.map((m) => m.id).sort()).toEqual([maria, misha, olya].sort());

    await core.unlinkHousehold(olya);
    await core.unlinkHousehold(misha);
    const left = await databaseOf(core).clients.findByIds([maria, misha, olya]).exec();
    expect([...left.values()].map((c) => c.householdId)).toEqual(['', '', '']);
  });

  it('refuses linking a client to itself or to a missing client', async () => {
    const { core, client } = await setup();
    expect((await core.linkHousehold(client.id, client.id)).ok).toBe(false);
    expect((await core.linkHousehold(client.id, 'nobody')).ok).toBe(false);
    expect((await databaseOf(core).clients.findOne(client.id).exec())?.householdId).toBe('');
  });
});
