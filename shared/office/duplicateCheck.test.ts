import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../test/support/memoryOffice';
import type { ClaimDoc } from '../db';
import type { OfficeCore } from './officeCore';
import { emptyDraft, type ClientDraft } from './clientDraft';
import { databaseOf } from '../../test/support/officeDatabase';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});
async function office(clock = manualClock()) {
  const core = await openMemoryOffice({ clock });
  cores.push(core);
  return core;
}
function draft(fields: Partial<ClientDraft>): ClientDraft {
  return { ...emptyDraft(), ...fields };
}
async function save(core: OfficeCore, fields: Partial<ClientDraft>) {
  const result = await core.saveClient(draft(fields));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.client;
}

/** A claim as another office's manager would have it (later it arrives by sync). */
async function foreignClaim(core: OfficeCore, key: string, fields: Partial<ClaimDoc> = {}): Promise<ClaimDoc> {
  const keyHash = await core.hashIdentityKey(key);
  const claim: ClaimDoc = {
    id: `${keyHash}|foreign-client`,
    keyHash,
    kind: key.split(':')[0] as ClaimDoc['kind'],
    display: '+7 916 ***-**-67',
    clientId: 'foreign-client',
    clientLabel: 'Ivanov P.',
    ownerId: 'masha',
    ownerName: 'Masha Petrova',
    officeId: 'office-2',
    officeName: 'Office 2',
    since: Date.UTC(2026, 8, 1),
    lastActivityAt: Date.UTC(2026, 9, 1),
    ...fields,
  };
  await databaseOf(core).claims.insert(claim);
  return claim;
}

describe('checkDuplicates', () => {
  it('finds a client by a phone typed in another format, with owner, office and dates', async () => {
    const core = await office();
    const petr = await save(core, { fullName: 'Иванов Пётр', phones: ['+7 916 123-45-67'] });
    const check = await core.checkDuplicates({ fullName: 'Someone Else', phones: ['8 (916) 1234567'], emails: [] });
    expect(check.matches).toEqual([
      expect.objectContaining({
        clientId: petr.id,
        clientLabel: 'Иванов П.',
        ownerName: 'Petya Ivanov',
        officeName: 'Office 1',
        since: petr.createdAt,
        isOwn: true,
        matchedBy: [{ kind: 'phone', display: expect.stringContaining('***') }],
      }),
    ]);
    expect(check.hints).toEqual([]);
  });

  it('reports a claim of another manager as not own, earliest claim first', async () => {
    const core = await office();
    await save(core, { fullName: 'Mine', phones: ['+7 916 123 45 67'] });
    await foreignClaim(core, 'phone:+79161234567');
    const check = await core.checkDuplicates({ fullName: '', phones: ['+79161234567'], emails: [] });
    expect(check.matches.map((m) => [m.ownerName, m.officeName, m.isOwn])).toEqual([
      ['Masha Petrova', 'Office 2', false],
      ['Petya Ivanov', 'Office 1', true],
    ]);
  });

  it('matches gmail aliases and corporate domains, never free-mail domains', async () => {
    const core = await office();
    const a = await save(core, { fullName: 'Anna', emails: ['anna.smirnova@gmail.com'] });
    const b = await save(core, { fullName: 'Boris', emails: ['boris@romashka-tour.ru'] });
    await save(core, { fullName: 'Clara', emails: ['clara@gmail.com'] });
    const alias = await core.checkDuplicates({
      fullName: '',
      phones: [],
      emails: ['AnnaSmirnova+work@googlemail.com'],
    });
    expect(alias.matches.map((m) => m.clientId)).toEqual([a.id]);
    const colleague = await core.checkDuplicates({ fullName: '', phones: [], emails: ['director@romashka-tour.ru'] });
    // A colleague at the same company is not the same person: one company line, not a match.
    expect(colleague.matches).toEqual([]);
    expect(colleague.companies).toEqual([
      { domain: 'romashka-tour.ru', managers: [expect.objectContaining({ clients: 1, isMe: true })] },
    ]);
    expect(b.id).toBeTruthy();
    const freeMail = await core.checkDuplicates({ fullName: '', phones: [], emails: ['someone.else@gmail.com'] });
    expect(freeMail.matches).toEqual([]);
    expect(freeMail.companies).toEqual([]);
  });

  it('gives a name-only match as a hint, never as a match', async () => {
    const core = await office();
    const petr = await save(core, { fullName: 'Пётр Иванов', phones: ['+7 916 123 45 67'] });
    const check = await core.checkDuplicates({ fullName: 'Petr Ivanov', phones: ['+7 903 765 43 21'], emails: [] });
    expect(check.matches).toEqual([]);
    expect(check.hints).toEqual([expect.objectContaining({ clientId: petr.id, fullName: 'Пётр Иванов' })]);
  });

  it('gives no hint for a client already matched by a key', async () => {
    const core = await office();
    await save(core, { fullName: 'Пётр Иванов', phones: ['+7 916 123 45 67'] });
    const check = await core.checkDuplicates({ fullName: 'Petr Ivanov', phones: ['89161234567'], emails: [] });
    expect(check.matches).toHaveLength(1);
    expect(check.hints).toEqual([]);
  });

  it('does not hint on a shared surname alone (a spouse is not a duplicate)', async () => {
    const core = await office();
    await save(core, { fullName: 'Иванов Пётр' });
    const check = await core.checkDuplicates({ fullName: 'Иванова Мария', phones: [], emails: [] });
    expect(check.hints).toEqual([]);
  });

  it('leaves out the client being edited', async () => {
    const core = await office();
    const petr = await save(core, { fullName: 'Пётр Иванов', phones: ['+7 916 123 45 67'] });
    const check = await core.checkDuplicates(
      { fullName: 'Пётр Иванов', phones: ['+7 916 123 45 67'], emails: [] },
      petr.id,
    );
    expect(check).toMatchObject({ matches: [], hints: [] });
  });

  it('checks the valid entries of a draft that still has typos', async () => {
    const core = await office();
    const petr = await save(core, { fullName: 'Пётр Иванов', phones: ['+7 916 123 45 67'] });
    const check = await core.checkDuplicates({ fullName: '', phones: ['+7 916 123 45 67', '12'], emails: ['bad@'] });
    expect(check.matches.map((m) => m.clientId)).toEqual([petr.id]);
    expect(check.problems.map((p) => p.field).sort()).toEqual(['email', 'phone']);
  });
});

describe('searchClients', () => {
  it('finds by name prefix in any script, by phone in any format and by email alias', async () => {
    const core = await office();
    const petr = await save(core, {
      fullName: 'Иванов Пётр',
      phones: ['+7 916 123 45 67'],
      emails: ['petr.ivanov@gmail.com'],
    });
    await save(core, { fullName: 'Смирнова Анна', phones: ['+7 903 111 22 33'] });
    expect((await core.searchClients('иван')).map((c) => c.id)).toEqual([petr.id]);
    expect((await core.searchClients('Petr Ivanov')).map((c) => c.id)).toEqual([petr.id]);
    expect((await core.searchClients('8-916-123-45-67')).map((c) => c.id)).toEqual([petr.id]);
    expect((await core.searchClients('PetrIvanov@googlemail.com')).map((c) => c.id)).toEqual([petr.id]);
    expect(await core.searchClients('Kuznetsov')).toEqual([]);
  });

  it('lists recent clients for an empty query, newest first', async () => {
    const clock = manualClock();
    const core = await office(clock);
    const a = await save(core, { fullName: 'Anna' });
    clock.advance(1000);
    const b = await save(core, { fullName: 'Boris' });
    expect((await core.searchClients('  ')).map((c) => c.id)).toEqual([b.id, a.id]);
  });
});
