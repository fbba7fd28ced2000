import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import {
  createOfficeCrypto,
  openOfficeCore,
  type Clock,
  type OfficeCore,
  type ProfileInput,
} from '../../shared/office';

let counter = 0;

/** A fresh office core on RxDB's memory storage: the same core the app runs, minus IndexedDB. */
export async function openMemoryOffice(
  options: { name?: string; profile?: ProfileInput | null; clock?: Clock; validate?: boolean } = {},
): Promise<OfficeCore> {
  const storage = getRxStorageMemory();
  const core = await openOfficeCore({
    name: options.name ?? `office${Date.now()}x${counter++}`,
    // Schema validation catches a domain function that writes what the schema forbids.
    storage: options.validate === false ? storage : wrappedValidateAjvStorage({ storage }),
    multiInstance: false,
    crypto: createOfficeCrypto(globalThis.crypto),
    clock: options.clock,
  });
  if (options.profile !== null) {
    const result = await core.setProfile(
      options.profile ?? { userName: 'Petya Ivanov', officeName: 'Office 1', defaultCountry: 'RU' },
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  }
  return core;
}

/** A clock tests move by hand, so "since" and "last activity" are exact. */
export function manualClock(start = Date.UTC(2026, 9, 12, 9, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}
