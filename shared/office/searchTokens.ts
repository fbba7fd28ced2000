import type { ClientDoc } from '../db';

// Search tokens live in the nametokens collection beside the name skeletons (RxDB has no
// multi-entry index, so one document per token is how a field with many values is looked up).
// They start with '#', which no name skeleton does (skeletons are letters): a name-prefix range
// never reaches them, and the duplicate check's exact skeleton lookups never meet them.

export const COMPANY_TOKEN = '#co:';
export const PHONE_TOKEN = '#tel:';
export const EMAIL_TOKEN = '#em:';

/** The shortest phone fragment searched for: fewer digits match half the book. */
export const MIN_PHONE_DIGITS = 4;
// Three tokens per number: its last four digits, looked up by equality for any typed ending
// ("0969", "974-09-69": candidates share the last four, the rest is checked on the client),
// and the national and whole number, looked up by prefix for a typed beginning ("916 974…",
// "+7 916 974…"). Every length of ending as its own token would double the office's index.
const ENDING_DIGITS = MIN_PHONE_DIGITS;
const NATIONAL_DIGITS = 10;
// nametokens ids are `${token}|${clientId}` within 200 characters.
const MAX_TOKEN_LENGTH = 120;

/** Lower case with ё folded to е: how people type Russian into a search box. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/gu, 'е');
}

/** The words of a text: letters and digits, any case folded; hyphens and punctuation split words. */
export function wordsOf(text: string): string[] {
  return foldCase(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The tokens a client's company, phones and emails are found by (names have their skeletons). */
export function searchTokensOf(client: Pick<ClientDoc, 'company' | 'phones' | 'emails'>): string[] {
  const tokens = new Set<string>();
  for (const word of wordsOf(client.company)) tokens.add(`${COMPANY_TOKEN}${word}`);
  for (const phone of client.phones) {
    const digits = phone.e164.replace(/\D/gu, '');
    const lengths = [ENDING_DIGITS, NATIONAL_DIGITS, digits.length];
    for (const length of lengths) if (length <= digits.length) tokens.add(`${PHONE_TOKEN}${digits.slice(-length)}`);
  }
  for (const email of client.emails) {
    const address = foldCase(email);
    tokens.add(`${EMAIL_TOKEN}${address}`);
    const domain = address.split('@')[1];
    if (domain) tokens.add(`${EMAIL_TOKEN}${domain}`);
  }
  return [...tokens].map((t) => t.slice(0, MAX_TOKEN_LENGTH));
}

/**
 * The digit strings a typed phone fragment stands for, or none when it is not one. A Russian
 * trunk prefix 8 is read as the country code 7 as well ("8 916 974…").
 */
function phoneFragments(query: string): string[] {
  if (!/^[\d\s()+\-.]+$/u.test(query)) return [];
  const digits = query.replace(/\D/gu, '');
  if (digits.length < MIN_PHONE_DIGITS) return [];
  return digits.startsWith('8') && digits.length > MIN_PHONE_DIGITS ? [digits, `7${digits.slice(1)}`] : [digits];
}

/** How a typed phone fragment is looked up: its last four digits as an ending, all of it as a beginning. */
export function phoneQueryTokens(query: string): { endings: string[]; beginnings: string[] } {
  const fragments = phoneFragments(query);
  return {
    endings: [...new Set(fragments.map((digits) => `${PHONE_TOKEN}${digits.slice(-ENDING_DIGITS)}`))],
    beginnings: fragments.map((digits) => `${PHONE_TOKEN}${digits}`),
  };
}

/**
 * Whether a client found through a fragment's tokens has it where people mean it: at the end
 * of a number ("0969"), at the start of the number or of its national part ("+7 916 974",
 * "916 974"), or at the start of an address or its domain. The tokens also match the digits
 * inside a number ("0969" in …096955), which nobody means.
 */
export function matchesContactFragment(query: string, client: Pick<ClientDoc, 'phones' | 'emails'>): boolean {
  const fragments = phoneFragments(query);
  const phoneHit = client.phones.some((phone) => {
    const digits = phone.e164.replace(/\D/gu, '');
    const national = digits.slice(-NATIONAL_DIGITS);
    return fragments.some((f) => digits.endsWith(f) || digits.startsWith(f) || national.startsWith(f));
  });
  if (phoneHit) return true;
  const email = emailQueryToken(query)?.slice(EMAIL_TOKEN.length);
  return (
    email !== undefined &&
    client.emails.some((address) => {
      const folded = foldCase(address);
      return folded.startsWith(email) || (folded.split('@')[1] ?? '').startsWith(email);
    })
  );
}

/** The email-token prefix of a typed fragment ("ivanov@", "alfa-corp"), or null when it cannot be part of an address. */
export function emailQueryToken(query: string): string | null {
  const text = foldCase(query.trim());
  if (/\s/u.test(text) || !/[@.\-_]/u.test(text)) return null;
  return `${EMAIL_TOKEN}${text}`.slice(0, MAX_TOKEN_LENGTH);
}
