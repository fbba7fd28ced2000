import { parse } from 'tldts';
import { isFreeMailHost } from './freeMailDomains';
import { toAsciiHost } from './idn';

// Private public-suffix entries are honoured: msk.ru, spb.ru, com.ru … sell subdomains to
// unrelated companies, so a.msk.ru and b.msk.ru must not be one "corporate domain".
const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false, detectIp: true } as const;

/**
 * The registrable domain of a mail host in punycode ('mail.romashka-tour.ru' → 'romashka-tour.ru'),
 * or null for free-mail / webmail providers, IP addresses, unknown top-level domains and
 * hosts that are themselves a public suffix.
 */
export function corporateDomainOf(host: string): string | null {
  const ascii = toAsciiHost(host);
  if (ascii === null) return null;
  const parsed = parse(ascii, TLDTS_OPTIONS);
  if (parsed.isIp || parsed.domain === null) return null;
  if (!parsed.isIcann && !parsed.isPrivate) return null;
  if (isFreeMailHost(ascii, parsed.domain, parsed.domainWithoutSuffix)) return null;
  return parsed.domain;
}

/** Whether the host ends in a top-level domain that exists (ICANN or private suffix list). */
export function hasKnownSuffix(asciiHost: string): boolean {
  const parsed = parse(asciiHost, TLDTS_OPTIONS);
  return !parsed.isIp && (parsed.isIcann === true || parsed.isPrivate === true);
}
