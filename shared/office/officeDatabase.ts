import type { ClaimdeskDatabase } from '../db';
import type { OfficeCore } from './officeCore';

// The database stays inside the core: the UI reads through its read models. Tests that arrange
// or inspect raw documents reach it through test/support/officeDatabase.ts; the renderer may not
// import this file (eslint.config.js).
const databases = new WeakMap<OfficeCore, ClaimdeskDatabase>();

export function rememberOfficeDatabase(core: OfficeCore, db: ClaimdeskDatabase): void {
  databases.set(core, db);
}

export function officeDatabaseOf(core: OfficeCore): ClaimdeskDatabase {
  const db = databases.get(core);
  if (!db) throw new Error('This office core was not opened by openOfficeCore.');
  return db;
}
