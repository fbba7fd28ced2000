// An import's check against the agency: before an admin brings a client base into an office, the
// endpoint says which of its phones and emails are already held, by whom, in every office. One
// answer for the whole file (in chunks), recorded in the look-up log like any look-up.
import type { ClaimsLookupMatch } from './claimsLookup';

export const IMPORT_CHECK_LIMITS = {
  /** Keys per request: a few thousand rows' phones and emails; a larger file is checked in chunks. */
  maxKeys: 5_000,
} as const;

/** POST /admin/import-check: normalised identity keys, as `identityKeysOf` writes them. */
export interface ImportCheckRequest {
  keys: string[];
}

export interface ImportCheckResult {
  key: string;
  /** The earliest holders in any office (at most 50, earliest `since` first); empty when none. */
  matches: ClaimsLookupMatch[];
}

export interface ImportCheckResponse {
  results: ImportCheckResult[];
}
