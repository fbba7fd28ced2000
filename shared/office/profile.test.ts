import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openMemoryOffice } from '../../test/support/memoryOffice';
import { createOfficeCrypto } from './webCryptoPort';
import { openOfficeCore } from './officeCore';

describe('profile', () => {
  it('refuses an empty name, an empty office and an unknown country, and keeps the previous profile', async () => {
    const core = await openMemoryOffice();
    const before = core.profile();
    const result = await core.setProfile({ userName: ' ', officeName: '', defaultCountry: 'XX' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['userName', 'officeName', 'defaultCountry']);
    expect(core.profile()).toEqual(before);
    await core.close();
  });

  it('survives reopening the database, with the same identity and key secret', async () => {
    const name = `reopen${Date.now()}`;
    const open = () =>
      openOfficeCore({
        name,
        storage: getRxStorageMemory(),
        multiInstance: false,
        crypto: createOfficeCrypto(globalThis.crypto),
      });
    const first = await open();
    const set = await first.setProfile({ userName: 'Masha', officeName: 'Office 2', defaultCountry: 'kz' });
    expect(set.ok && set.value.defaultCountry).toBe('KZ');
    const hash = await first.hashIdentityKey('phone:+77011234567');
    await first.close();
    const second = await open();
    expect(second.profile()).toEqual(set.ok ? set.value : null);
    expect(await second.hashIdentityKey('phone:+77011234567')).toBe(hash);
    await second.close();
  });
});
