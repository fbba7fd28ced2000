// Keeps the agency sign-in between starts, encrypted by the OS keychain (Electron's safeStorage).
// Without a usable keychain nothing is written: the token is never stored in the clear, and the
// user signs in at each start instead.
import { storedSession, type SessionSaveResult, type StoredSession } from '../../shared/ipc/contract';

/** The part of Electron's safeStorage used here (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means "obfuscated with a hard-coded key", i.e. no real keychain. */
  getSelectedStorageBackend?(): string;
}

/** File operations (node:fs/promises in the app, an in-memory map in tests). */
export interface SessionFiles {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: Buffer, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface SessionStore {
  save(session: StoredSession): Promise<SessionSaveResult>;
  load(): Promise<StoredSession | null>;
  clear(): Promise<void>;
}

export function createSessionStore(deps: {
  safeStorage: SafeStorageLike;
  files: SessionFiles;
  path: string;
  log?: (message: string) => void;
}): SessionStore {
  const { safeStorage, files, path } = deps;
  const log = deps.log ?? (() => undefined);

  const keychainUsable = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    // On Linux without a secret service Electron falls back to a fixed key: that is not a keychain.
    const backend = safeStorage.getSelectedStorageBackend?.();
    return backend !== 'basic_text' && backend !== 'unknown';
  };

  const clear = () => files.rm(path, { force: true });

  return {
    async save(session) {
      const valid = storedSession(session, 'session');
      if (!keychainUsable()) {
        // An older saved session must not outlive a sign-in that could not be saved.
        await clear();
        log('session not saved: the system keychain is not available');
        return { persisted: false };
      }
      const tmp = `${path}.tmp`;
      await files.writeFile(tmp, safeStorage.encryptString(JSON.stringify(valid)), { mode: 0o600 });
      await files.rename(tmp, path);
      return { persisted: true };
    },
    async load() {
      let encrypted: Buffer;
      try {
        encrypted = await files.readFile(path);
      } catch {
        return null;
      }
      if (!keychainUsable()) return null;
      try {
        return storedSession(JSON.parse(safeStorage.decryptString(encrypted)) as unknown, 'session');
      } catch (error) {
        // Another user's keychain, a damaged file, an older format: sign in again.
        log(`saved session ignored: ${(error as Error).message}`);
        await clear().catch(() => undefined);
        return null;
      }
    },
    clear,
  };
}
