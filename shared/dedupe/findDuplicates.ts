// Checking a whole client base for duplicates, as `claimdesk dedupe` does before an import.
// Keys (phone, email, corporate domain) decide duplicates; names only give hints.
import {
  DEFAULT_IDENTITY_SETTINGS,
  isPreparedNameHint,
  parseEmails,
  parsePhones,
  prepareName,
  preparedSkeletons,
  type IdentityProblem,
  type IdentitySettings,
  type PreparedName,
} from '../identity';
import { KeyConflicts, type RowKey } from './keyConflicts';
import { nameHints } from './nameHints';
import type { DedupeConflict, DedupeError, DedupeInputRow, DedupeReport } from './types';

/** The keys and problems one typed value gives. */
interface ValueIdentity {
  keys: readonly RowKey[];
  problems: readonly Pick<IdentityProblem, 'field' | 'value' | 'message'>[];
}

/**
 * Reads one typed value into its keys and problems. Keys carry no display (identityKeysOf masks
 * one for the app's UI): `dedupe` reports the key itself, and formatting every number for
 * display was a third of the work. Should parsing ever throw on some odd input, that one value
 * is blamed and the rest checked.
 *
 * Values are read as often as they are typed, not remembered: nearly every value of a base is
 * distinct (all but 0.4% in the bench's 100,000 rows), and now that Russian numbers skip
 * libphonenumber, a cache of every value, held for the whole check, cost more than it saved.
 */
function valueIdentity(field: 'phone' | 'email', value: string, settings: IdentitySettings): ValueIdentity {
  try {
    return field === 'phone' ? phoneIdentity(value, settings) : emailIdentity(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { keys: [], problems: [{ field, value, message: `could not be read (${reason})` }] };
  }
}

function phoneIdentity(value: string, settings: IdentitySettings): ValueIdentity {
  const parsed = parsePhones(value, settings);
  const keys: RowKey[] = [];
  for (const p of parsed.phones) keys.push({ kind: 'phone', value: p.e164 });
  return { keys, problems: parsed.problems };
}

function emailIdentity(value: string): ValueIdentity {
  const parsed = parseEmails(value);
  const keys: RowKey[] = [];
  for (const e of parsed.emails) keys.push({ kind: 'email', value: e.canonical });
  for (const e of parsed.emails) {
    if (e.corporateDomain) keys.push({ kind: 'domain', value: e.corporateDomain });
  }
  return { keys, problems: parsed.problems };
}

/** Adds what one value of row `row` gave to the keys of the base and to the errors. */
function addValue(identity: ValueIdentity, row: number, keys: KeyConflicts, errors: DedupeError[]): void {
  for (const k of identity.keys) keys.add(row, k);
  for (const p of identity.problems) errors.push({ row, field: p.field, value: p.value, message: p.message });
}

/**
 * Whether two rows (0-based) share a key, read off the conflicts: only the rows of a conflict
 * share one, and they are few, so nothing needs keeping for the others.
 */
function keySharing(conflicts: readonly DedupeConflict[]): (a: number, b: number) => boolean {
  const conflictsOfRow = new Map<number, number[]>();
  conflicts.forEach((c, i) => {
    for (const row of c.rows) {
      const of = conflictsOfRow.get(row);
      if (of) of.push(i);
      else conflictsOfRow.set(row, [i]);
    }
  });
  return (a, b) => {
    const left = conflictsOfRow.get(a + 1);
    const right = conflictsOfRow.get(b + 1);
    return left !== undefined && right !== undefined && left.some((i) => right.includes(i));
  };
}

/** Rows are numbered from 1 for the first data row; the report is stable for a given input. */
export function findDuplicates(
  rows: readonly DedupeInputRow[],
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
): DedupeReport {
  const byKey = new KeyConflicts();
  const errors: DedupeError[] = [];
  rows.forEach((row, index) => {
    for (const value of row.phones) addValue(valueIdentity('phone', value, settings), index + 1, byKey, errors);
    for (const value of row.emails) addValue(valueIdentity('email', value, settings), index + 1, byKey, errors);
  });
  const conflicts = byKey.sorted();

  // Each row's name is read once, up front: the blocking reads every name, and the comparisons
  // read each name again for every row of its block. Nine names in ten are distinct, so they are
  // not looked up by their text: a map of them all cost more than reading the repeats again.
  const names = rows.map((r) => r.name);
  const prepared = names.map((name) => prepareName(name));
  const preparedOf = (row: number): PreparedName => prepared[row] ?? prepareName('');
  return {
    rows: rows.length,
    conflicts,
    hints: nameHints(names, {
      skeletons: (row) => preparedSkeletons(preparedOf(row)),
      isHint: (a, b) => isPreparedNameHint(preparedOf(a), preparedOf(b)),
      shareKey: keySharing(conflicts),
    }),
    errors,
  };
}
