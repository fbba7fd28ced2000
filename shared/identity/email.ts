import { corporateDomainOf, hasKnownSuffix } from './corporateDomain';
import { toAsciiHost } from './idn';
import { canonicalMailbox } from './mailboxProviders';
import { problemWith, quote } from './problems';
import type { IdentityProblem, ParsedEmail } from './types';

// RFC 5321 dot-atom, widened to Unicode letters and digits because Yandex and Gmail accept
// Cyrillic mailboxes (SMTPUTF8). Quoted local parts are legal but never seen in a client
// book; rejecting them keeps the canonical form simple.
const LOCAL_PART = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+)*$/u;

// Copy-paste leftovers around an address: quotes, brackets, a trailing full stop.
const WRAPPING = /^[\s"'«»“”„()[\]<>]+|[\s"'«»“”„()[\]<>.,;:]+$/gu;

// The commonest address: plain ASCII with nothing around it. It starts and ends with a letter or
// digit (nothing for WRAPPING to strip), NFC leaves ASCII as it is, and its local part is a
// dot-atom of characters LOCAL_PART accepts, so those Unicode patterns need not run for it.
const PLAIN = /^[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

export function parseEmails(text: string): { emails: ParsedEmail[]; problems: IdentityProblem[] } {
  const emails: ParsedEmail[] = [];
  const problems: IdentityProblem[] = [];
  for (const piece of splitEmailField(text)) {
    const result = parseOneEmail(piece);
    if ('problem' in result) problems.push(result.problem);
    else emails.push(result.email);
  }
  return { emails, problems };
}

/**
 * Addresses are separated by ',', ';' or whitespace (an address never contains a space).
 * "Пётр Иванов <petr@romashka.ru>" keeps only the address in angle brackets.
 */
export function splitEmailField(text: string): string[] {
  const pieces: string[] = [];
  for (const part of text.split(/[,;\n\r]+/)) {
    const angled = /<([^<>]*)>/.exec(part);
    const inner = angled ? (angled[1] ?? '') : part;
    for (const word of inner.split(/\s+/)) {
      if (word.trim() !== '') pieces.push(word.trim());
    }
  }
  return pieces;
}

interface HostFacts {
  asciiHost: string | null;
  knownSuffix: boolean;
  corporateDomain: string | null;
}

// A client base has a few thousand mail hosts for a hundred thousand addresses, and looking a
// host up in the public-suffix list (and punycoding it) is most of the cost of an address.
// Bounded so a long-running app does not keep every host it ever saw.
const HOST_CACHE_LIMIT = 20_000;
const hostCache = new Map<string, HostFacts>();

function hostFacts(host: string): HostFacts {
  let facts = hostCache.get(host);
  if (facts === undefined) {
    const asciiHost = toAsciiHost(host);
    facts =
      asciiHost === null
        ? { asciiHost, knownSuffix: false, corporateDomain: null }
        : { asciiHost, knownSuffix: hasKnownSuffix(asciiHost), corporateDomain: corporateDomainOf(asciiHost) };
    if (hostCache.size >= HOST_CACHE_LIMIT) hostCache.clear();
    hostCache.set(host, facts);
  }
  return facts;
}

function parseOneEmail(raw: string): { email: ParsedEmail } | { problem: IdentityProblem } {
  const plain = PLAIN.test(raw);
  const address = plain
    ? raw.toLowerCase()
    : raw
        .replace(/^mailto:/i, '')
        .replace(WRAPPING, '')
        .normalize('NFC')
        .toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0)
    return problemWith('email', raw, 'email.missingAt', `${quote(raw)} is not an email address: it has no “@”.`);
  const local = address.slice(0, at);
  const host = address.slice(at + 1);
  if (local === '' || host === '') {
    return problemWith(
      'email',
      raw,
      'email.invalid',
      `${quote(raw)} is not a complete email address: something is missing ${local === '' ? 'before' : 'after'} “@”.`,
    );
  }
  if (local.includes('@')) return problemWith('email', raw, 'email.invalid', `${quote(raw)} has more than one “@”.`);
  if (local.length > 64 || (!plain && !LOCAL_PART.test(local))) {
    return problemWith(
      'email',
      raw,
      'email.invalid',
      `${quote(raw)} is not a valid email address: the part before “@” has spaces, stray dots or characters an address cannot contain.`,
    );
  }
  const { asciiHost, knownSuffix, corporateDomain } = hostFacts(host);
  if (asciiHost === null) {
    return problemWith(
      'email',
      raw,
      'email.invalid',
      `${quote(raw)} is not a valid email address: “${host}” is not a domain name.`,
    );
  }
  if (!knownSuffix) {
    const tld = asciiHost.slice(asciiHost.lastIndexOf('.') + 1);
    return problemWith(
      'email',
      raw,
      'email.unknownTld',
      `${quote(raw)} ends in “.${tld}”, which is not an existing domain ending; check for a typo.`,
    );
  }
  const mailbox = canonicalMailbox(local, asciiHost);
  return {
    email: {
      raw,
      address,
      canonical: `${mailbox.local}@${mailbox.domain}`,
      corporateDomain,
    },
  };
}
