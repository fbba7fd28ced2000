import { identityKeysOf, type IdentityKey, type IdentityProblem, type IdentitySettings } from '../identity';
import type { StoredPhone } from '../db';
import { fail, ok, type FieldError, type Result } from './result';

/** What the client form holds: phones and emails as typed, one entry per input (an entry may hold several). */
export interface ClientDraft {
  fullName: string;
  phones: string[];
  emails: string[];
  company: string;
  notes: string;
}

export interface ValidClient {
  fullName: string;
  phones: StoredPhone[];
  emails: string[];
  company: string;
  notes: string;
  keys: IdentityKey[];
}

export const CLIENT_LIMITS = { fullName: 200, company: 200, notes: 10_000, entries: 20 } as const;

export function emptyDraft(): ClientDraft {
  return { fullName: '', phones: [''], emails: [''], company: '', notes: '' };
}

/** Identity problems of every entry, each tagged with the entry it came from. */
export function entryProblems(draft: Pick<ClientDraft, 'phones' | 'emails'>, settings: IdentitySettings): FieldError[] {
  const errors: FieldError[] = [];
  const tag = (field: 'phones' | 'emails', index: number, problems: IdentityProblem[]) => {
    for (const p of problems) errors.push({ field, index, code: p.code, message: p.message, value: p.value });
  };
  draft.phones.forEach((text, index) =>
    tag('phones', index, identityKeysOf({ phones: [text], emails: [] }, settings).problems),
  );
  draft.emails.forEach((text, index) =>
    tag('emails', index, identityKeysOf({ phones: [], emails: [text] }, settings).problems),
  );
  return errors;
}

/**
 * All-or-nothing: a draft with any invalid piece is refused whole, so nothing is ever
 * stored half-way and no wrong identity key is written.
 */
export function validateClientDraft(draft: ClientDraft, settings: IdentitySettings): Result<ValidClient> {
  const errors: FieldError[] = [];
  const fullName = (draft.fullName ?? '').trim().replace(/\s+/gu, ' ');
  const company = (draft.company ?? '').trim();
  const notes = (draft.notes ?? '').trim();
  const phoneTexts = (draft.phones ?? []).filter((p) => p.trim() !== '');
  const emailTexts = (draft.emails ?? []).filter((e) => e.trim() !== '');

  if (!fullName) errors.push({ field: 'fullName', code: 'required', message: 'Enter the client’s name.' });
  if (fullName.length > CLIENT_LIMITS.fullName)
    errors.push({
      field: 'fullName',
      code: 'tooLong',
      message: `A name can be at most ${CLIENT_LIMITS.fullName} characters.`,
    });
  if (company.length > CLIENT_LIMITS.company)
    errors.push({
      field: 'company',
      code: 'tooLong',
      message: `A company name can be at most ${CLIENT_LIMITS.company} characters.`,
    });
  if (notes.length > CLIENT_LIMITS.notes)
    errors.push({
      field: 'notes',
      code: 'tooLong',
      message: `Notes can be at most ${CLIENT_LIMITS.notes} characters.`,
    });
  if (phoneTexts.length > CLIENT_LIMITS.entries)
    errors.push({
      field: 'phones',
      code: 'tooMany',
      message: `A client can have at most ${CLIENT_LIMITS.entries} phone entries.`,
    });
  if (emailTexts.length > CLIENT_LIMITS.entries)
    errors.push({
      field: 'emails',
      code: 'tooMany',
      message: `A client can have at most ${CLIENT_LIMITS.entries} email entries.`,
    });
  errors.push(...entryProblems(draft, settings));
  if (errors.length) return fail(...errors);

  const identity = identityKeysOf({ phones: phoneTexts, emails: emailTexts }, settings);
  const phones = uniqueBy(
    identity.phones.map((p) => ({ e164: p.e164, extension: p.extension ?? '' })),
    (p) => `${p.e164};${p.extension}`,
  );
  const emails = uniqueBy(
    identity.emails.map((e) => e.address),
    (e) => e,
  );
  if (phones.length > CLIENT_LIMITS.entries || emails.length > CLIENT_LIMITS.entries) {
    return fail({
      field: phones.length > CLIENT_LIMITS.entries ? 'phones' : 'emails',
      code: 'tooMany',
      message: `A client can have at most ${CLIENT_LIMITS.entries} phone numbers and ${CLIENT_LIMITS.entries} email addresses.`,
    });
  }
  return ok({ fullName, phones, emails, company, notes, keys: identity.keys });
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = keyOf(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
