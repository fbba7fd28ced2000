import { describe, expect, it } from 'vitest';
import { parseEmails, splitEmailField } from './email';

function one(text: string) {
  const r = parseEmails(text);
  expect(r.problems).toEqual([]);
  expect(r.emails).toHaveLength(1);
  return r.emails[0]!;
}

function problemOf(text: string) {
  const r = parseEmails(text);
  expect(r.emails).toEqual([]);
  expect(r.problems).toHaveLength(1);
  const p = r.problems[0]!;
  expect(p.field).toBe('email');
  expect(p.value).toBe(text.trim());
  expect(p.message).toContain(`“${text.trim()}”`);
  return p;
}

describe('parseEmails: address is trimmed and lower-cased', () => {
  it('keeps raw as typed and lower-cases address', () => {
    const e = one('  Petr.Ivanov@Romashka-Tour.RU ');
    expect(e.raw).toBe('Petr.Ivanov@Romashka-Tour.RU');
    expect(e.address).toBe('petr.ivanov@romashka-tour.ru');
    expect(e.canonical).toBe('petr.ivanov@romashka-tour.ru');
    expect(e.corporateDomain).toBe('romashka-tour.ru');
  });
});

describe('parseEmails: Gmail ignores dots and +tags; googlemail.com is gmail.com', () => {
  it.each([
    'petrivanov@gmail.com',
    'PetrIvanov@Gmail.com',
    'petr.ivanov@gmail.com',
    'p.e.t.r.i.v.a.n.o.v@gmail.com',
    'petr.ivanov+travel@gmail.com',
    'petrivanov+a+b@gmail.com',
    'petrivanov@googlemail.com',
    'Petr.Ivanov+Tours@GoogleMail.com',
  ])('%s', (text) => {
    const e = one(text);
    expect(e.canonical).toBe('petrivanov@gmail.com');
    expect(e.corporateDomain).toBeNull();
  });

  it('a different login stays different', () => {
    expect(one('petrivanov1@gmail.com').canonical).toBe('petrivanov1@gmail.com');
  });
});

describe('parseEmails: Yandex domains are one mailbox; "." and "-" are one character', () => {
  it.each([
    'ivan-petrov@yandex.ru',
    'ivan.petrov@yandex.ru',
    'Ivan.Petrov@YANDEX.RU',
    'ivan-petrov@ya.ru',
    'ivan.petrov@yandex.com',
    'ivan-petrov@yandex.by',
    'ivan-petrov@yandex.kz',
    'ivan-petrov@yandex.ua',
    'ivan-petrov@narod.ru',
    'ivan-petrov+booking@yandex.ru',
    'ivan.petrov+x@ya.ru',
  ])('%s', (text) => {
    const e = one(text);
    expect(e.canonical).toBe('ivan-petrov@yandex.ru');
    expect(e.corporateDomain).toBeNull();
  });

  it('Yandex does not drop the separator: ivanpetrov is another login', () => {
    expect(one('ivanpetrov@yandex.ru').canonical).toBe('ivanpetrov@yandex.ru');
  });

  it('Turkish Yandex is a separate service', () => {
    const e = one('ivan@yandex.com.tr');
    expect(e.canonical).toBe('ivan@yandex.com.tr');
    expect(e.corporateDomain).toBeNull();
  });
});

describe('parseEmails: +tag removed only where the provider supports it', () => {
  it.each([
    ['user+tag@outlook.com', 'user@outlook.com'],
    ['first.last+tag@hotmail.com', 'first.last@hotmail.com'],
    ['user+tag@live.com', 'user@live.com'],
    ['user+tag@live.ru', 'user@live.ru'],
    ['user+tag@msn.com', 'user@msn.com'],
    ['user+tag@icloud.com', 'user@icloud.com'],
    ['user@me.com', 'user@icloud.com'],
    ['user+tag@mac.com', 'user@icloud.com'],
    ['user+tag@fastmail.com', 'user@fastmail.com'],
    ['user+tag@protonmail.com', 'user@proton.me'],
    ['user@pm.me', 'user@proton.me'],
    ['user+tag@proton.me', 'user@proton.me'],
    ['user+tag@mail.ru', 'user@mail.ru'],
    ['user+tag@bk.ru', 'user@bk.ru'],
    ['user+tag@list.ru', 'user@list.ru'],
    ['user+tag@inbox.ru', 'user@inbox.ru'],
    ['user+tag@internet.ru', 'user@internet.ru'],
  ])('%s → %s', (text, canonical) => {
    expect(one(text).canonical).toBe(canonical);
  });

  it.each([['user+tag@rambler.ru'], ['user+tag@yahoo.com'], ['user+tag@romashka-tour.ru'], ['user+tag@ukr.net']])(
    '%s keeps its +tag',
    (text) => {
      expect(one(text).canonical).toBe(text);
    },
  );

  it('dots are kept outside Gmail and Yandex', () => {
    expect(one('first.last@outlook.com').canonical).toBe('first.last@outlook.com');
    expect(one('first.last@mail.ru').canonical).toBe('first.last@mail.ru');
  });

  it('Outlook, Hotmail and Live are different mailboxes, Mail.ru domains too', () => {
    const canon = [
      'u@outlook.com',
      'u@hotmail.com',
      'u@live.com',
      'u@mail.ru',
      'u@bk.ru',
      'u@list.ru',
      'u@inbox.ru',
    ].map((t) => one(t).canonical);
    expect(new Set(canon).size).toBe(canon.length);
  });
});

describe('parseEmails: internationalised addresses', () => {
  it('an IDN domain is compared in punycode', () => {
    const cyr = one('ivan@компания.рф');
    const puny = one('ivan@xn--80aqeigdi5k.xn--p1ai');
    const upper = one('IVAN@КОМПАНИЯ.РФ');
    expect(cyr.canonical).toBe('ivan@xn--80aqeigdi5k.xn--p1ai');
    expect(puny.canonical).toBe(cyr.canonical);
    expect(upper.canonical).toBe(cyr.canonical);
    expect(cyr.corporateDomain).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(cyr.address).toBe('ivan@компания.рф');
  });

  it('a Cyrillic mailbox is kept (lower-cased)', () => {
    expect(one('Иван@Компания.рф').canonical).toBe('иван@xn--80aqeigdi5k.xn--p1ai');
  });
});

describe('parseEmails: several addresses and copy-paste leftovers', () => {
  it.each([['a@x.ru, b@y.ru'], ['a@x.ru; b@y.ru'], ['a@x.ru b@y.ru'], ['a@x.ru\nb@y.ru'], ['a@x.ru,\tb@y.ru;']])(
    '%j',
    (text) => {
      const r = parseEmails(text);
      expect(r.problems).toEqual([]);
      expect(r.emails.map((e) => e.address)).toEqual(['a@x.ru', 'b@y.ru']);
    },
  );

  it.each([
    ['Пётр Иванов <petr@romashka-tour.ru>'],
    ['<petr@romashka-tour.ru>'],
    ['mailto:petr@romashka-tour.ru'],
    ['"petr@romashka-tour.ru"'],
    ['(petr@romashka-tour.ru)'],
    ['petr@romashka-tour.ru.'],
    ['«petr@romashka-tour.ru»'],
  ])('%s', (text) => {
    expect(one(text).address).toBe('petr@romashka-tour.ru');
  });

  it('reads a plain address as it reads the same address in quotes', () => {
    const addresses = [
      'Petr.Ivanov+Travel@GoogleMail.com',
      'a_b-c%d@mail.ru',
      `${'a'.repeat(64)}@romashka.ru`,
      `${'a'.repeat(65)}@romashka.ru`,
      'ivan..petrov@mail.ru',
      'ivan@mail',
      'ivan@mail.con',
      'ivan@-mail.ru',
      '123@romashka-tour.ru',
    ];
    const read = (text: string) => {
      const r = parseEmails(text);
      return { emails: r.emails.map(({ raw: _, ...e }) => e), problems: r.problems.map((p) => p.code) };
    };
    for (const address of addresses) expect(read(address)).toEqual(read(`"${address}"`));
  });

  it('several named addresses', () => {
    expect(splitEmailField('Пётр <p@x.ru>, Маша <m@y.ru>')).toEqual(['p@x.ru', 'm@y.ru']);
  });

  it('an empty field has neither addresses nor problems', () => {
    expect(parseEmails('')).toEqual({ emails: [], problems: [] });
    expect(parseEmails(' ;, \n')).toEqual({ emails: [], problems: [] });
  });

  it('reports the bad address and keeps the good one', () => {
    const r = parseEmails('good@romashka.ru, bad@, also-good@gmail.com');
    expect(r.emails.map((e) => e.address)).toEqual(['good@romashka.ru', 'also-good@gmail.com']);
    expect(r.problems.map((p) => p.value)).toEqual(['bad@']);
  });
});

describe('parseEmails: malformed addresses give a problem and no key', () => {
  it.each([
    ['petr', 'email.missingAt'],
    ['petr.romashka.ru', 'email.missingAt'],
    ['@romashka.ru', 'email.invalid'],
    ['petr@', 'email.invalid'],
    ['petr@@romashka.ru', 'email.invalid'],
    ['a@b@romashka.ru', 'email.invalid'],
    ['.petr@romashka.ru', 'email.invalid'],
    ['petr.@romashka.ru', 'email.invalid'],
    ['pe..tr@romashka.ru', 'email.invalid'],
    ['pe(tr@romashka.ru', 'email.invalid'],
    ['petr@romashka', 'email.invalid'],
    ['petr@gmail', 'email.invalid'],
    ['petr@-romashka.ru', 'email.invalid'],
    ['petr@romashka-.ru', 'email.invalid'],
    ['petr@roma_shka.ru', 'email.invalid'],
    ['petr@romashka..ru', 'email.invalid'],
    ['petr@1.2.3.4', 'email.invalid'],
    ['petr@[1.2.3.4]', 'email.invalid'],
    [`${'a'.repeat(65)}@romashka.ru`, 'email.invalid'],
    ['petr@romashka.con', 'email.unknownTld'],
    ['petr@mail.rru', 'email.unknownTld'],
    ['petr@company.local', 'email.unknownTld'],
  ])('%s → %s', (text, code) => {
    expect(problemOf(text).code).toBe(code);
  });

  it('messages say what is wrong', () => {
    expect(problemOf('petr').message).toBe('“petr” is not an email address: it has no “@”.');
    expect(problemOf('petr@').message).toMatch(/missing after “@”/);
    expect(problemOf('@x.ru').message).toMatch(/missing before “@”/);
    expect(problemOf('petr@romashka.con').message).toMatch(/“\.con”.*typo/);
  });
});
