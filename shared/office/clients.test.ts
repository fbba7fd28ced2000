import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../test/support/memoryOffice';
import type { OfficeCore } from './officeCore';
import { emptyDraft, type ClientDraft } from './clientDraft';
import { databaseOf } from '../../test/support/officeDatabase';

const cores: OfficeCore[] = [];
async function office(...args: Parameters<typeof openMemoryOffice>) {
  const core = await openMemoryOffice(...args);
  cores.push(core);
  return core;
}
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

function draft(fields: Partial<ClientDraft>): ClientDraft {
  return { ...emptyDraft(), ...fields };
}

async function counts(core: OfficeCore) {
  return {
    clients: await databaseOf(core).clients.count().exec(),
    claims: await databaseOf(core).claims.count().exec(),
    tokens: await databaseOf(core).nametokens.count().exec(),
  };
}

describe('saveClient', () => {
  it('stores normalised phones and emails and claims every identity key', async () => {
    const core = await office();
    const saved = await core.saveClient(
      draft({
        fullName: '  Иванов   Пётр ',
        phones: ['8 (916) 123-45-67 доб. 12'],
        emails: ['Petr.Ivanov+tours@Gmail.com', 'p.ivanov@romashka-tour.ru'],
      }),
    );
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.client.fullName).toBe('Иванов Пётр');
    expect(saved.value.client.phones).toEqual([{ e164: '+79161234567', extension: '12' }]);
    expect(saved.value.client.emails).toEqual(['petr.ivanov+tours@gmail.com', 'p.ivanov@romashka-tour.ru']);
    expect(saved.value.client.identityKeys).toEqual(
      expect.arrayContaining(['phone:+79161234567', 'email:petrivanov@gmail.com', 'domain:romashka-tour.ru']),
    );
    const claims = await databaseOf(core)
      .claims.find({ selector: { clientId: saved.value.client.id } })
      .exec();
    expect(claims.map((c) => c.kind).sort()).toEqual(['domain', 'email', 'email', 'phone']);
    // A claim is shared agency-wide later: it must not carry the raw phone or email.
    for (const c of claims) {
      expect(JSON.stringify(c.toJSON())).not.toContain('9161234567');
      expect(JSON.stringify(c.toJSON())).not.toContain('petr.ivanov');
    }
  });

  it('refuses the whole client when one phone is invalid, and writes nothing', async () => {
    const core = await office();
    const result = await core.saveClient(
      draft({ fullName: 'Петров Иван', phones: ['+7 916 123-45-67', '12345'], emails: ['ivan@example.org'] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ field: 'phones', index: 1, value: '12345' })]);
    expect(result.errors[0]!.message).toMatch(/12345/);
    expect(await counts(core)).toEqual({ clients: 0, claims: 0, tokens: 0 });
  });

  it('refuses a malformed email and an empty name with messages per field', async () => {
    const core = await office();
    const result = await core.saveClient(draft({ fullName: '   ', emails: ['', 'petr@'] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.index])).toEqual([
      ['fullName', undefined],
      ['emails', 1],
    ]);
    expect(await counts(core)).toEqual({ clients: 0, claims: 0, tokens: 0 });
  });

  it('refuses oversized fields without touching what is stored', async () => {
    const core = await office();
    const first = await core.saveClient(draft({ fullName: 'Anna Smirnova', phones: ['+7 903 111 22 33'] }));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const update = await core.saveClient(
      draft({ fullName: 'Anna Smirnova', phones: ['+7 903 111 22 33'], notes: 'x'.repeat(10_001) }),
      first.value.client.id,
    );
    expect(update.ok).toBe(false);
    const stored = await databaseOf(core).clients.findOne(first.value.client.id).exec();
    expect(stored?.notes).toBe('');
    // Two name tokens and three phone tokens (its last four digits, the national number, the whole number).
    expect(await counts(core)).toEqual({ clients: 1, claims: 1, tokens: 5 });
  });

  it('refuses to update a client that does not exist', async () => {
    const core = await office();
    const result = await core.saveClient(draft({ fullName: 'Ghost' }), 'no-such-id');
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'clientId', code: 'notFound' })] });
    expect(await counts(core)).toEqual({ clients: 0, claims: 0, tokens: 0 });
  });

  it('releases the claim of a phone removed from the client', async () => {
    const core = await office();
    const saved = await core.saveClient(
      draft({ fullName: 'Olga Petrova', phones: ['+7 916 000 11 22', '+7 916 000 33 44'] }),
    );
    if (!saved.ok) throw new Error('save failed');
    await core.saveClient(draft({ fullName: 'Olga Petrova', phones: ['+7 916 000 33 44'] }), saved.value.client.id);
    const check = await core.checkDuplicates({ fullName: '', phones: ['+7 916 000 11 22'], emails: [] });
    expect(check.matches).toEqual([]);
    const still = await core.checkDuplicates({ fullName: '', phones: ['89160003344'], emails: [] });
    expect(still.matches.map((m) => m.clientId)).toEqual([saved.value.client.id]);
  });

  it('deletes a client with its claims and name tokens', async () => {
    const core = await office();
    const saved = await core.saveClient(draft({ fullName: 'Olga Petrova', phones: ['+7 916 000 11 22'] }));
    if (!saved.ok) throw new Error('save failed');
    expect((await core.deleteClient(saved.value.client.id)).ok).toBe(true);
    expect(await counts(core)).toEqual({ clients: 0, claims: 0, tokens: 0 });
    expect((await core.deleteClient(saved.value.client.id)).ok).toBe(false);
  });

  it('refuses client work before the workstation is set up', async () => {
    const core = await office({ profile: null });
    await expect(core.saveClient(draft({ fullName: 'Anna' }))).rejects.toThrow(/Set up this workstation/);
  });

  it('keeps since and updates updatedAt on edit', async () => {
    const clock = manualClock();
    const core = await office({ clock });
    const saved = await core.saveClient(draft({ fullName: 'Anna Smirnova' }));
    if (!saved.ok) throw new Error('save failed');
    clock.advance(60_000);
    const edited = await core.saveClient(
      draft({ fullName: 'Anna Smirnova', company: 'Romashka' }),
      saved.value.client.id,
    );
    if (!edited.ok) throw new Error('edit failed');
    expect(edited.value.client.createdAt).toBe(saved.value.client.createdAt);
    expect(edited.value.client.updatedAt).toBe(saved.value.client.createdAt + 60_000);
  });
});
