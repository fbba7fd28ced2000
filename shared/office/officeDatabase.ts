import type { ClaimdeskDatabase } from '../db';

// The database stays inside the core: the UI reads through its read models. Tests that arrange
// or inspect raw documents reach it through test/support/officeDatabase.ts; the renderer may not
// import this file (eslint.config.js).
// Keyed by the core object itself (typed loosely so this file does not import the core's type).
const databases = new WeakMap<object, ClaimdeskDatabase>();

export function rememberOfficeDatabase(core: object, db: ClaimdeskDatabase): void {
  databases.set(core, db);
}

export function officeDatabaseOf(core: object): ClaimdeskDatabase {
  const db = databases.get(core);
  if (!db) throw new Error('This office core was not opened by openOfficeCore.');
  return db;
}
