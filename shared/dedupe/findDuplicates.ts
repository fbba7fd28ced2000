// Checking a whole client base for duplicates, as `claimdesk dedupe` does before an import.
// Keys (phone, email, corporate domain) decide duplicates; names only give hints.
import {
  DEFAULT_IDENTITY_SETTINGS,
  identityKeysOf,
  isNameHint,
  nameSkeletons,
  type IdentityKey,
  type IdentitySettings,
} from '../identity';
import { keyConflicts } from './keyConflicts';
import { nameHints } from './nameHints';
import type { DedupeError, DedupeInputRow, DedupeReport } from './types';

interface RowIdentity {
  keys: IdentityKey[];
  errors: DedupeError[];
}

/**
 * Keys and problems of one row. identityKeysOf reports bad values as problems; should it
 * ever throw on some odd input, we retry value by value so one cell is blamed and the
 * rest of the row (and of the file) is still checked.
 */
function identityOfRow(row: DedupeInputRow, rowNumber: number, settings: IdentitySettings): RowIdentity {
  try {
    const result = identityKeysOf({ phones: row.phones, emails: row.emails }, settings);
    return {
      keys: result.keys,
      errors: result.problems.map((p) => ({ row: rowNumber, field: p.field, value: p.value, message: p.message })),
    };
  } catch {
    const out: RowIdentity = { keys: [], errors: [] };
    const values = [
      ...row.phones.map((v) => ({ field: 'phone' as const, value: v })),
      ...row.emails.map((v) => ({ field: 'email' as const, value: v })),
    ];
    for (const { field, value } of values) {
      try {
        const one = identityKeysOf(
          field === 'phone' ? { phones: [value], emails: [] } : { phones: [], emails: [value] },
          settings,
        );
        out.keys.push(...one.keys);
        out.errors.push(
          ...one.problems.map((p) => ({ row: rowNumber, field: p.field, value: p.value, message: p.message })),
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        out.errors.push({ row: rowNumber, field, value, message: `could not be read (${reason})` });
      }
    }
    return out;
  }
}

/** Rows are numbered from 1 for the first data row; the report is stable for a given input. */
export function findDuplicates(
  rows: readonly DedupeInputRow[],
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
): DedupeReport {
  const rowKeys: IdentityKey[][] = [];
  const errors: DedupeError[] = [];
  rows.forEach((row, index) => {
    const identity = identityOfRow(row, index + 1, settings);
    rowKeys.push(identity.keys);
    errors.push(...identity.errors);
  });

  // A row has a handful of keys, so a nested scan beats building 100k Sets.
  const shareKey = (a: number, b: number): boolean => {
    const left = rowKeys[a] ?? [];
    const right = rowKeys[b] ?? [];
    return left.some((l) => right.some((r) => r.key === l.key));
  };

  return {
    rows: rows.length,
    conflicts: keyConflicts(rowKeys),
    hints: nameHints(
      rows.map((r) => r.name),
      { skeletons: nameSkeletons, isHint: isNameHint, shareKey },
    ),
    errors,
  };
}
