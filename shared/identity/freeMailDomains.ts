import maintained from 'email-providers/all.json' with { type: 'json' };
import { toAsciiHost } from './idn';

// Our CIS additions: providers Russian-speaking clients actually use that the maintained
// (mostly Western) list lacks or may drop. Each is a public mailbox service, so sharing it
// says nothing about two clients being one company.
export const CIS_FREE_MAIL_DOMAINS: readonly string[] = [
  // Mail.ru group
  'mail.ru',
  'bk.ru',
  'list.ru',
  'inbox.ru',
  'internet.ru',
  'xmail.ru',
  'mail.ua',
  'mail.kz',
  // Yandex (also matched by brand below)
  'ya.ru',
  'yandex.ru',
  'yandex.com',
  'yandex.by',
  'yandex.kz',
  'yandex.ua',
  'narod.ru',
  // Rambler and its sign-up domains
  'rambler.ru',
  'rambler.ua',
  'lenta.ru',
  'autorambler.ru',
  'myrambler.ru',
  'ro.ru',
  // Ukraine, Belarus, Kazakhstan, other Russian portals
  'ukr.net',
  'i.ua',
  'meta.ua',
  'email.ua',
  'bigmir.net',
  'online.ua',
  'ua.fm',
  'tut.by',
  'mail.by',
  'open.by',
  'inbox.kz',
  'qip.ru',
  'pochta.ru',
  'e1.ru',
  'ngs.ru',
  'nm.ru',
  'km.ru',
  // International providers named in the product brief, listed here so a future trim of
  // the maintained list can never turn them into "companies"
  'gmail.com',
  'googlemail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'fastmail.fm',
  'zoho.com',
  'aol.com',
  'gmx.com',
  'mail.com',
  'yahoo.com',
];

// Brands that run free mail under many country domains (yandex.com.tr, hotmail.co.uk,
// yahoo.fr, outlook.de …): the registrable name alone identifies them.
export const FREE_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'yandex',
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'yahoo',
  'rambler',
  'protonmail',
]);

function buildSet(): Set<string> {
  const set = new Set<string>();
  for (const entry of [...(maintained as readonly string[]), ...CIS_FREE_MAIL_DOMAINS]) {
    // The maintained list holds a few junk rows (an address, Unicode spellings): normalise or skip.
    if (entry.includes('@')) continue;
    const ascii = toAsciiHost(entry);
    if (ascii) set.add(ascii);
  }
  return set;
}

const FREE_MAIL: ReadonlySet<string> = buildSet();

/**
 * True when the punycode host, or a parent of it down to its registrable domain, is a
 * free-mail / webmail provider, or the registrable name (the label before the public suffix)
 * is a free-mail brand. The walk stops at the registrable domain: the maintained list holds
 * msk.ru, a public suffix shared by unrelated companies.
 */
export function isFreeMailHost(asciiHost: string, registrableDomain: string, registrableName: string | null): boolean {
  if (registrableName !== null && FREE_MAIL_BRANDS.has(registrableName)) return true;
  let host = asciiHost;
  for (;;) {
    if (FREE_MAIL.has(host)) return true;
    if (host.length <= registrableDomain.length) return false;
    host = host.slice(host.indexOf('.') + 1);
  }
}
