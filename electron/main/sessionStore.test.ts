import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../../shared/ipc/contract';
import { createSessionStore, type SafeStorageLike, type SessionFiles } from './sessionStore';

const SESSION: StoredSession = {
  endpoint: 'https://sync.agency.example',
  token: 'secret-token',
  userId: 'u1',
  userName: 'Anna Smirnova',
  officeId: 'o1',
  officeName: 'Moscow',
  role: 'manager',
  expiresAt: 1_900_000_000_000,
};

function fakeFiles() {
  const disk = new Map<string, Buffer>();
  const modes = new Map<string, number>();
  const files: SessionFiles = {
    readFile: async (path) => {
      const data = disk.get(path);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, data, { mode }) => {
      disk.set(path, data);
      modes.set(path, mode);
    },
    rename: async (from, to) => {
      disk.set(to, disk.get(from)!);
      modes.set(to, modes.get(from)!);
      disk.delete(from);
    },
    rm: async (path) => {
      disk.delete(path);
    },
  };
  return { disk, modes, files };
}

/** Reversible "encryption" that is visibly not the plain text. */
function fakeSafeStorage(available = true, backend?: string): SafeStorageLike & { available: boolean } {
  const storage = {
    available,
    isEncryptionAvailable: () => storage.available,
    encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
    decryptString: (data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(4), 'base64').toString();
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
  return storage;
}

const PATH = '/user-data/session.bin';

describe('session store', () => {
  it('round-trips a session, encrypted and readable by the owner only', async () => {
    const { disk, modes, files } = fakeFiles();
    const store = createSessionStore({ safeStorage: fakeSafeStorage(), files, path: PATH });
    expect(await store.save(SESSION)).toEqual({ persisted: true });
    expect(disk.get(PATH)!.toString()).not.toContain('secret-token');
    expect(modes.get(PATH)).toBe(0o600);
    expect(disk.has(`${PATH}.tmp`)).toBe(false);
    expect(await store.load()).toEqual(SESSION);
  });

  it('refuses to persist without a keychain and forgets an older session', async () => {
    const { disk, files } = fakeFiles();
    const safeStorage = fakeSafeStorage();
    const store = createSessionStore({ safeStorage, files, path: PATH });
    await store.save(SESSION);
    safeStorage.available = false;
    expect(await store.save({ ...SESSION, token: 'newer' })).toEqual({ persisted: false });
    expect(disk.size).toBe(0);
    expect(await store.load()).toBeNull();
  });

  it('treats the Linux basic_text fallback as no keychain', async () => {
    const { disk, files } = fakeFiles();
    const store = createSessionStore({ safeStorage: fakeSafeStorage(true, 'basic_text'), files, path: PATH });
    expect(await store.save(SESSION)).toEqual({ persisted: false });
    expect(disk.size).toBe(0);
    const withKeyring = createSessionStore({
      safeStorage: fakeSafeStorage(true, 'gnome_libsecret'),
      files,
      path: PATH,
    });
    expect(await withKeyring.save(SESSION)).toEqual({ persisted: true });
  });

  it('loads nothing when nothing was saved', async () => {
    const store = createSessionStore({ safeStorage: fakeSafeStorage(), files: fakeFiles().files, path: PATH });
    expect(await store.load()).toBeNull();
  });

  it('drops a file it cannot decrypt or that is not a session', async () => {
    const { disk, files } = fakeFiles();
    const logged: string[] = [];
    const store = createSessionStore({ safeStorage: fakeSafeStorage(), files, path: PATH, log: (m) => logged.push(m) });
    disk.set(PATH, Buffer.from('garbage'));
    expect(await store.load()).toBeNull();
    expect(disk.has(PATH)).toBe(false);
    disk.set(PATH, Buffer.from(`enc:${Buffer.from(JSON.stringify({ token: 'x' })).toString('base64')}`));
    expect(await store.load()).toBeNull();
    expect(logged).toHaveLength(2);
  });

  it('validates what it is asked to save', async () => {
    const store = createSessionStore({ safeStorage: fakeSafeStorage(), files: fakeFiles().files, path: PATH });
    await expect(store.save({ ...SESSION, endpoint: 'file:///etc/passwd' })).rejects.toThrow(/endpoint/);
  });

  it('clears the saved session', async () => {
    const { disk, files } = fakeFiles();
    const store = createSessionStore({ safeStorage: fakeSafeStorage(), files, path: PATH });
    await store.save(SESSION);
    await store.clear();
    expect(disk.size).toBe(0);
    await store.clear();
  });
});
