// Checking a whole client base for duplicates, as `claimdesk dedupe` does before an import.
// Keys (phone, email, corporate domain) decide duplicates; names only give hints.
import {
  DEFAULT_IDENTITY_SETTINGS,
  isPreparedNameHint,
  parseEmails,
  parsePhones,
  prepareName,
  preparedSkeletons,
  type IdentityKey,
  type IdentityProblem,
  type IdentitySettings,
  type PreparedName,
} from '../identity';
import { keyConflicts } from './keyConflicts';
import { nameHints } from './nameHints';
import type { DedupeError, DedupeInputRow, DedupeReport } from './types';

/** The keys and problems one typed value gives. */
interface ValueIdentity {
  keys: IdentityKey[];
  problems: Pick<IdentityProblem, 'field' | 'value' | 'message'>[];
}

/**
 * Parses each distinct value once: a base repeats values (a company's switchboard, a shared
 * family email, a re-entered client) and parsing a phone is the costliest step of a check.
 * Keys carry no masked display (identityKeysOf makes one for the app's UI): `dedupe` reports
 * the key itself, and formatting every number for display was a third of the work.
 * Should parsing ever throw on some odd input, that one value is blamed and the rest checked.
 */
function valueParser(settings: IdentitySettings): (field: 'phone' | 'email', value: string) => ValueIdentity {
  const phones = new Map<string, ValueIdentity>();
  const emails = new Map<string, ValueIdentity>();
  return (field, value) => {
    const cache = field === 'phone' ? phones : emails;
    let identity = cache.get(value);
    if (identity) return identity;
    identity = { keys: [], problems: [] };
    try {
      if (field === 'phone') {
        const parsed = parsePhones(value, settings);
        for (const p of parsed.phones) identity.keys.push({ kind: 'phone', key: `phone:${p.e164}`, display: p.e164 });
        identity.problems = parsed.problems;
      } else {
        const parsed = parseEmails(value);
        for (const e of parsed.emails)
          identity.keys.push({ kind: 'email', key: `email:${e.canonical}`, display: e.canonical });
        for (const e of parsed.emails) {
          if (e.corporateDomain)
            identity.keys.push({ kind: 'domain', key: `domain:${e.corporateDomain}`, display: e.corporateDomain });
        }
        identity.problems = parsed.problems;
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      identity = { keys: [], problems: [{ field, value, message: `could not be read (${reason})` }] };
    }
    cache.set(value, identity);
    return identity;
  };
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
  const parse = valueParser(settings);
  const rowKeys: IdentityKey[][] = [];
  const errors: DedupeError[] = [];
  rows.forEach((row, index) => {
    const keys: IdentityKey[] = [];
    const add = (field: 'phone' | 'email', value: string): void => {
      const identity = parse(field, value);
      for (const k of identity.keys) if (!keys.some((x) => x.key === k.key)) keys.push(k);
      for (const p of identity.problems)
        errors.push({ row: index + 1, field: p.field, value: p.value, message: p.message });
    };
    for (const value of row.phones) add('phone', value);
    for (const value of row.emails) add('email', value);
    rowKeys.push(keys);
  });
  // A row has a handful of keys, so a nested scan beats building 100k Sets.
  const shareKey = (a: number, b: number): boolean => {
    const left = rowKeys[a] ?? [];
    const right = rowKeys[b] ?? [];
    return left.some((l) => right.some((r) => r.key === l.key));
  };

  const read = nameReader();
  return {
    rows: rows.length,
    conflicts: keyConflicts(rowKeys),
    hints: nameHints(
      rows.map((r) => r.name),
      {
        skeletons: (name) => preparedSkeletons(read(name)),
        isHint: (a, b) => isPreparedNameHint(read(a), read(b)),
        shareKey,
      },
    ),
    errors,
  };
}
