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
import { keyConflicts, type RowKey } from './keyConflicts';
import { nameHints } from './nameHints';
import type { DedupeError, DedupeInputRow, DedupeReport } from './types';

/** The keys and problems one typed value gives. */
interface ValueIdentity {
  keys: readonly RowKey[];
  problems: readonly Pick<IdentityProblem, 'field' | 'value' | 'message'>[];
}

/**
 * Reads one typed value into its keys and problems. Keys carry no display (identityKeysOf masks
 * one for the app's UI): `dedupe` reports the key itself, formatting every number for display
 * was a third of the work, and keeping one was a string per key. Should parsing ever throw on
 * some odd input, that one value is blamed and the rest checked.
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
  for (const p of parsed.phones) keys.push({ kind: 'phone', key: `phone:${p.e164}` });
  return { keys: distinctKeys(keys), problems: parsed.problems };
}

function emailIdentity(value: string): ValueIdentity {
  const parsed = parseEmails(value);
  const keys: RowKey[] = [];
  for (const e of parsed.emails) keys.push({ kind: 'email', key: `email:${e.canonical}` });
  for (const e of parsed.emails) {
    if (e.corporateDomain) keys.push({ kind: 'domain', key: `domain:${e.corporateDomain}` });
  }
  return { keys: distinctKeys(keys), problems: parsed.problems };
}

function hasKey(keys: readonly RowKey[], key: string): boolean {
  for (const k of keys) if (k.key === key) return true;
  return false;
}

/**
 * Each key once, in an array of its own size: the keys of every value are kept for the whole
 * check, and an array that was pushed to keeps room for 17 elements.
 */
function distinctKeys(keys: readonly RowKey[]): RowKey[] {
  const distinct: RowKey[] = [];
  for (const k of keys) if (!hasKey(distinct, k.key)) distinct.push(k);
  return distinct.slice();
}

/**
 * A row's keys with those of one more of its values, each key once; the value's own keys when
 * they are the row's first, so a row of one value shares its array.
 */
function withValue(
  keys: readonly RowKey[],
  identity: ValueIdentity,
  row: number,
  errors: DedupeError[],
): readonly RowKey[] {
  for (const p of identity.problems) errors.push({ row, field: p.field, value: p.value, message: p.message });
  if (keys.length === 0) return identity.keys;
  const added = identity.keys.filter((k) => !hasKey(keys, k.key));
  return added.length === 0 ? keys : keys.concat(added);
}

/**
 * Each distinct name read once: the blocking reads every name and the comparisons read each
 * name again for every row of its block, which was most of the cost of the name hints.
 */
function nameReader(): (name: string) => PreparedName {
  const prepared = new Map<string, PreparedName>();
  return (name) => {
    let p = prepared.get(name);
    if (p === undefined) {
      p = prepareName(name);
      prepared.set(name, p);
    }
    return p;
  };
}

/** Rows are numbered from 1 for the first data row; the report is stable for a given input. */
export function findDuplicates(
  rows: readonly DedupeInputRow[],
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
): DedupeReport {
  const rowKeys: (readonly RowKey[])[] = [];
  const errors: DedupeError[] = [];
  rows.forEach((row, index) => {
    let keys: readonly RowKey[] = [];
    for (const value of row.phones) keys = withValue(keys, valueIdentity('phone', value, settings), index + 1, errors);
    for (const value of row.emails) keys = withValue(keys, valueIdentity('email', value, settings), index + 1, errors);
    rowKeys.push(keys);
  });
  // A row has a handful of keys, so a nested scan beats building 100k Sets.
  const shareKey = (a: number, b: number): boolean => {
    const left = rowKeys[a] ?? [];
    const right = rowKeys[b] ?? [];
    return left.some((l) => right.some((r) => r.key === l.key));
  };

  const read = nameReader();
  const names = rows.map((r) => r.name);
  const prepared = names.map(read);
  const preparedOf = (row: number): PreparedName => prepared[row] ?? read('');
  return {
    rows: rows.length,
    conflicts: keyConflicts(rowKeys),
    hints: nameHints(names, {
      skeletons: (row) => preparedSkeletons(preparedOf(row)),
      isHint: (a, b) => isPreparedNameHint(preparedOf(a), preparedOf(b)),
      shareKey,
    }),
    errors,
  };
}
