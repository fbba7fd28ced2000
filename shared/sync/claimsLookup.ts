// The online claims look-up: how an office learns whether a key a person typed is held by a client
// of another office, now that claims no longer travel agency-wide and the key secret stays at the
// endpoint. Declared once here, used by the endpoint's routes and the office alike; paths are in
// protocol.ts (API_PATHS).
import type { ClaimDoc } from '../db/schemas/claim';

export const CLAIMS_LOOKUP_LIMITS = {
  /** Keys per request: the keys of one client being typed, with room to spare. */
  maxKeys: 20,
  /** The longest identity key (an email address is at most 254 characters; with its prefix, well within). */
  maxKeyLength: 320,
} as const;

/** The identity key kinds a look-up accepts, as `identityKeysOf` (shared/identity) writes them. */
export const LOOKUP_KEY_KINDS = ['phone', 'email', 'domain'] as const;

/**
 * POST /claims/lookup: normalised identity keys (`phone:+79161234567`, `email:ivan@example.com`,
 * `domain:alfa.ru`), exactly as `identityKeysOf` produces them. An empty list only reports the budget.
 */
export interface ClaimsLookupRequest {
  keys: string[];
}

/** One client of another office holding the key: what the duplicate warning shows. */
export type ClaimsLookupMatch = Pick<
  ClaimDoc,
  | 'clientId'
  | 'clientLabel'
  | 'ownerId'
  | 'ownerName'
  | 'officeId'
  | 'officeName'
  | 'since'
  | 'lastActivityAt'
  | 'kind'
  | 'display'
>;

/**
 * A manager of another office holding a corporate domain, counted: the look-up answers a
 * company's earliest clients one by one, and how many each manager holds in all.
 */
export interface CompanyCount {
  /** The domain as its claims display it ('alfa-corp.ru'). */
  domain: string;
  managerId: string;
  managerName: string;
  officeName: string;
  clients: number;
  /** The manager's earliest client there. */
  since: number;
}

export interface ClaimsLookupResult {
  key: string;
  /** The earliest holders outside the caller's own office (at most 50, earliest `since` first); empty when none. */
  matches: ClaimsLookupMatch[];
  /** For a `domain:` key: every manager outside the caller's office holding it, counted. */
  companies?: CompanyCount[];
}

/** A person's look-up budget in the window that has the least left. */
export interface LookupBudgetState {
  window: 'hour' | 'day';
  /** Distinct keys looked up in the window (a key looked up again within it counts once). */
  used: number;
  limit: number;
  /** Epoch ms when the oldest key counted in this window leaves it (a slot frees up); null when none is counted. */
  resetsAt: number | null;
}

export interface ClaimsLookupResponse {
  /** One entry per distinct requested key, in the order given. */
  results: ClaimsLookupResult[];
  budget: LookupBudgetState;
}

/** GET/PUT /admin/lookup-budget: distinct keys per person per sliding hour and per sliding day. */
export interface LookupBudget {
  perHour: number;
  perDay: number;
}

/**
 * With only keys a person typed ever answered, guessing a phone's five hidden digits (100,000
 * candidates) at 250 a day takes more than a year.
 */
export const DEFAULT_LOOKUP_BUDGET: LookupBudget = { perHour: 100, perDay: 250 };

export const LOOKUP_BUDGET_BOUNDS = { maxPerHour: 10_000, maxPerDay: 100_000 } as const;

/** GET /admin/lookups?since=…: one row per person who looked something up (or was refused) since then or in the last day. */
export interface LookupUsage {
  userId: string;
  userName: string;
  officeId: string | null;
  /** Distinct keys in the last hour and the last day: what the budget counts. */
  lastHour: number;
  lastDay: number;
  /** Distinct keys since `since`. */
  total: number;
  /** Look-ups (key by key, repeats included) since `since`, and how many of them found another office's client. */
  lookups: number;
  found: number;
  /** Requests refused over budget since `since`. */
  refused: number;
  /** Epoch ms of the latest look-up or refusal. */
  lastAt: number;
}

export interface LookupUsageResponse {
  /** Epoch ms the totals count from. */
  since: number;
  budget: LookupBudget;
  users: LookupUsage[];
}

/** POST /admin/rotate-key-secret: a new secret, every live claim re-hashed under it in one transaction. */
export interface KeySecretRotation {
  rotatedAt: number;
  /** Live clients whose claims were re-derived. */
  clients: number;
  /** Live claims now (all under the new secret), and the claims under the old secret that were released. */
  claims: number;
  released: number;
}
