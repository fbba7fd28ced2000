// Which spellings of an address reach the same mailbox, per provider. Only rules we are
// sure of are encoded: folding two addresses that are really two people would raise a false
// duplicate, while a missed fold only loses a match that the phone usually still catches.
//
// "+tag" is removed only at providers whose logins cannot contain "+": there the part
// before "+" is the only real mailbox the address can reach (a sub-address where the
// provider delivers it, nothing where it does not), so stripping can never merge two people.
//   Gmail, Yandex, Outlook.com/Hotmail/Live/MSN, iCloud, Fastmail, Proton: documented plus-addressing.
//   Mail.ru group (mail.ru, bk.ru, list.ru, inbox.ru, internet.ru): logins are letters,
//     digits, '.', '-', '_' only, so the same argument holds.
// Left as typed: Rambler, Yahoo (uses "-" keywords, not "+"), corporate domains (their
// servers decide, and the domain key already links such clients).
//
// Aliased domains (one login, one mailbox under several domains):
//   googlemail.com = gmail.com (Google's own statement: the same account).
//   Yandex: every account receives at login@yandex.ru, ya.ru, yandex.com/.by/.kz/.ua and
//     narod.ru (Yandex's old hosting brand kept as a mail alias). yandex.com.tr is a
//     separate Turkish service and stays apart.
//   iCloud: icloud.com, me.com, mac.com share one namespace per Apple ID.
//   Proton: proton.me, protonmail.com, protonmail.ch, pm.me share one username.
//   Outlook.com, hotmail.*, live.* are NOT aliases of each other: different accounts.
//
// Dots: Gmail ignores them. Yandex treats '.' and '-' in a login as the same character
// (ivan.petrov@ and ivan-petrov@ are one mailbox); the canonical form uses '-'.

interface MailboxRule {
  domain: string;
  plusTags: boolean;
  dropDots?: boolean;
  dotIsHyphen?: boolean;
}

const GMAIL: MailboxRule = { domain: 'gmail.com', plusTags: true, dropDots: true };
const YANDEX: MailboxRule = { domain: 'yandex.ru', plusTags: true, dotIsHyphen: true };
const ICLOUD: MailboxRule = { domain: 'icloud.com', plusTags: true };
const PROTON: MailboxRule = { domain: 'proton.me', plusTags: true };

const RULES = new Map<string, MailboxRule>([
  ['gmail.com', GMAIL],
  ['googlemail.com', GMAIL],
  ...['yandex.ru', 'ya.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru'].map(
    (d) => [d, YANDEX] as const,
  ),
  ...['icloud.com', 'me.com', 'mac.com'].map((d) => [d, ICLOUD] as const),
  ...['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'].map((d) => [d, PROTON] as const),
  ...[
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'live.ru',
    'hotmail.co.uk',
    'hotmail.fr',
    'hotmail.de',
    'hotmail.it',
    'hotmail.es',
    'live.co.uk',
    'live.fr',
    'live.de',
    'live.it',
    'outlook.de',
    'outlook.fr',
    'outlook.it',
    'outlook.es',
    'fastmail.com',
    'fastmail.fm',
    'mail.ru',
    'bk.ru',
    'list.ru',
    'inbox.ru',
    'internet.ru',
  ].map((d) => [d, { domain: d, plusTags: true }] as const),
]);

/** The mailbox an address reaches: local part and punycode domain, both lower-case. */
export function canonicalMailbox(local: string, asciiDomain: string): { local: string; domain: string } {
  const rule = RULES.get(asciiDomain);
  if (!rule) return { local, domain: asciiDomain };
  let l = local;
  if (rule.plusTags) {
    const plus = l.indexOf('+');
    if (plus > 0) l = l.slice(0, plus);
  }
  if (rule.dropDots) l = l.replace(/\./g, '');
  if (rule.dotIsHyphen) l = l.replace(/\./g, '-');
  return { local: l, domain: rule.domain };
}
