import { maskEmail, maskPhone } from './mask';
import { parseEmails } from './email';
import { toUnicodeHost } from './idn';
import { parsePhones } from './phone';
import { DEFAULT_IDENTITY_SETTINGS } from './settings';
import type { IdentityKey, IdentityProblem, IdentitySettings, ParsedEmail, ParsedPhone } from './types';

/**
 * All identity keys of one client. Keys are de-duplicated and ordered phones, then emails,
 * then corporate domains, each in the order typed, so the same client always yields the same
 * array (stable for documents and for diffs).
 */
export function identityKeysOf(
  input: { phones: readonly string[]; emails: readonly string[] },
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
): { keys: IdentityKey[]; problems: IdentityProblem[]; phones: ParsedPhone[]; emails: ParsedEmail[] } {
  const phones: ParsedPhone[] = [];
  const emails: ParsedEmail[] = [];
  const problems: IdentityProblem[] = [];
  for (const field of input.phones) {
    const r = parsePhones(field, settings);
    phones.push(...r.phones);
    problems.push(...r.problems);
  }
  for (const field of input.emails) {
    const r = parseEmails(field);
    emails.push(...r.emails);
    problems.push(...r.problems);
  }

  const keys: IdentityKey[] = [];
  const seen = new Set<string>();
  const add = (kind: IdentityKey['kind'], value: string, display: string) => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    keys.push({ kind, key, display });
  };
  for (const p of phones) add('phone', p.e164, maskPhone(p.e164));
  for (const e of emails) add('email', e.canonical, maskEmail(e.canonical));
  for (const e of emails) if (e.corporateDomain) add('domain', e.corporateDomain, toUnicodeHost(e.corporateDomain));
  return { keys, problems, phones, emails };
}
