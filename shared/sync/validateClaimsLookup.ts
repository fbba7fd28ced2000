// Field checks for the look-up and its budget, shared so an office refuses a malformed key before
// sending it (and before it could cost budget).
import {
  CLAIMS_LOOKUP_LIMITS,
  LOOKUP_BUDGET_BOUNDS,
  LOOKUP_KEY_KINDS,
  type ClaimsLookupRequest,
  type LookupBudget,
} from './claimsLookup';
import { IMPORT_CHECK_LIMITS, type ImportCheckRequest } from './importCheck';
import type { FieldProblem } from './errors';
import type { Checked } from './validateAccounts';

const E164 = /^\+[1-9]\d{6,14}$/;
const HAS_SPACE_OR_UPPER = /[\sA-Z]/;

function record(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** Why a key is not one `identityKeysOf` could have produced; null when it is well-formed. */
function keyProblem(key: unknown): string | null {
  if (typeof key !== 'string') return 'A key is a string such as "phone:+79161234567".';
  if (key.length > CLAIMS_LOOKUP_LIMITS.maxKeyLength)
    return `A key can be at most ${CLAIMS_LOOKUP_LIMITS.maxKeyLength} characters.`;
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);
  if (colon < 0 || !(LOOKUP_KEY_KINDS as readonly string[]).includes(kind))
    return `"${key.slice(0, 40)}" does not start with phone:, email: or domain:.`;
  if (!value) return `"${key}" names no ${kind}.`;
  if (kind === 'phone')
    return E164.test(value) ? null : `"${key}" is not a phone number in E.164 form (phone:+79161234567).`;
  if (HAS_SPACE_OR_UPPER.test(value))
    return `"${key}" is not normalised: ${kind}s are looked up lower-case and without spaces, as identityKeysOf writes them.`;
  if (kind === 'email') {
    const at = value.lastIndexOf('@');
    return at > 0 && at < value.length - 1 ? null : `"${key}" is not an email address.`;
  }
  return value.includes('.') && !value.includes('@') ? null : `"${key}" is not a domain.`;
}

/** Keys are de-duplicated (the first occurrence keeps its place): a repeated key is looked up once. */
export function checkClaimsLookup(body: unknown): Checked<ClaimsLookupRequest> {
  return checkLookupKeys(body, CLAIMS_LOOKUP_LIMITS.maxKeys);
}

/** An import's check against the agency: the same keys, many more at once (admins only). */
export function checkImportCheck(body: unknown): Checked<ImportCheckRequest> {
  return checkLookupKeys(body, IMPORT_CHECK_LIMITS.maxKeys);
}

function checkLookupKeys(body: unknown, maxKeys: number): Checked<{ keys: string[] }> {
  const keys = record(body).keys;
  if (!Array.isArray(keys))
    return {
      ok: false,
      fields: [
        {
          field: 'keys',
          message: 'Send {"keys": [...]}: the identity keys to look up, as identityKeysOf writes them.',
        },
      ],
    };
  if (keys.length > maxKeys)
    return {
      ok: false,
      fields: [
        {
          field: 'keys',
          message: `Look up at most ${maxKeys} keys at once (${keys.length} sent).`,
        },
      ],
    };
  const out: FieldProblem[] = [];
  keys.forEach((key, i) => {
    const problem = keyProblem(key);
    if (problem) out.push({ field: `keys[${i}]`, message: problem });
  });
  if (out.length) return { ok: false, fields: out };
  return { ok: true, value: { keys: [...new Set(keys as string[])] } };
}

function count(value: unknown, field: keyof LookupBudget, max: number, what: string, out: FieldProblem[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    out.push({ field, message: `${what} must be a whole number from 1 to ${max}.` });
  return typeof value === 'number' ? value : 0;
}

export function checkLookupBudget(body: unknown): Checked<LookupBudget> {
  const b = record(body);
  const out: FieldProblem[] = [];
  const perHour = count(b.perHour, 'perHour', LOOKUP_BUDGET_BOUNDS.maxPerHour, 'Look-ups per hour', out);
  const perDay = count(b.perDay, 'perDay', LOOKUP_BUDGET_BOUNDS.maxPerDay, 'Look-ups per day', out);
  if (!out.length && perDay < perHour)
    out.push({ field: 'perDay', message: 'Look-ups per day cannot be fewer than look-ups per hour.' });
  return out.length ? { ok: false, fields: out } : { ok: true, value: { perHour, perDay } };
}
