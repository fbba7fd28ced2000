// The result of checking a client base for duplicates: the JSON contract of
// `claimdesk dedupe --json` (issue 2), so field names and shapes must not change.
import type { IdentityKind } from '../identity';

/** One client as read from the base. */
export interface DedupeInputRow {
  name: string;
  phones: readonly string[];
  emails: readonly string[];
  company: string;
}

/** Rows (numbered from 1) that share one identity key. */
export interface DedupeConflict {
  kind: IdentityKind;
  /** The normalised key, e.g. "phone:+79161234567". */
  key: string;
  /** Ascending, at least two. */
  rows: number[];
}

/** Two rows whose names look alike but that share no key: a weak "possible duplicate". */
export interface DedupeHint {
  reason: 'name';
  rows: [number, number];
}

/** A value that produced no key (invalid phone, malformed email). The row is still checked. */
export interface DedupeError {
  row: number;
  field: 'phone' | 'email';
  /** As typed. */
  value: string;
  message: string;
}

export interface DedupeReport {
  rows: number;
  conflicts: DedupeConflict[];
  hints: DedupeHint[];
  errors: DedupeError[];
}
