import { describe, expect, it } from 'vitest';
import { corporateDomainOf } from './corporateDomain';
import { CIS_FREE_MAIL_DOMAINS } from './freeMailDomains';

describe('corporateDomainOf: the registrable domain of a company', () => {
  it.each([
    ['romashka-tour.ru', 'romashka-tour.ru'],
    ['mail.romashka-tour.ru', 'romashka-tour.ru'],
    ['a.b.c.romashka-tour.ru', 'romashka-tour.ru'],
    ['ROMASHKA-TOUR.RU', 'romashka-tour.ru'],
    ['romashka-tour.ru.', 'romashka-tour.ru'],
    [' romashka-tour.ru ', 'romashka-tour.ru'],
    ['example.co.uk', 'example.co.uk'],
    ['mail.example.co.uk', 'example.co.uk'],
    ['example.com.tr', 'example.com.tr'],
    ['romashka.travel', 'romashka.travel'],
  ])('%s → %s', (host, domain) => {
    expect(corporateDomainOf(host)).toBe(domain);
  });

  it('private public-suffix entries: a.msk.ru and b.msk.ru are two companies', () => {
    expect(corporateDomainOf('a.msk.ru')).toBe('a.msk.ru');
    expect(corporateDomainOf('b.msk.ru')).toBe('b.msk.ru');
    expect(corporateDomainOf('mail.a.msk.ru')).toBe('a.msk.ru');
    expect(corporateDomainOf('firm.spb.ru')).toBe('firm.spb.ru');
    expect(corporateDomainOf('firm.com.ru')).toBe('firm.com.ru');
  });

  it('IDN in punycode: компания.рф is xn--80aqeigdi5k.xn--p1ai', () => {
    expect(corporateDomainOf('компания.рф')).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(corporateDomainOf('почта.компания.рф')).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(corporateDomainOf('КОМПАНИЯ.РФ')).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(corporateDomainOf('xn--80aqeigdi5k.xn--p1ai')).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(corporateDomainOf('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it.each([
    'gmail.com',
    'googlemail.com',
    'mail.ru',
    'bk.ru',
    'list.ru',
    'inbox.ru',
    'internet.ru',
    'yandex.ru',
    'ya.ru',
    'yandex.com',
    'yandex.by',
    'yandex.kz',
    'yandex.ua',
    'yandex.com.tr',
    'narod.ru',
    'rambler.ru',
    'lenta.ru',
    'autorambler.ru',
    'myrambler.ru',
    'ro.ru',
    'ukr.net',
    'i.ua',
    'meta.ua',
    'tut.by',
    'mail.kz',
    'icloud.com',
    'me.com',
    'mac.com',
    'outlook.com',
    'hotmail.com',
    'hotmail.co.uk',
    'hotmail.fr',
    'outlook.de',
    'live.com',
    'msn.com',
    'proton.me',
    'protonmail.com',
    'pm.me',
    'yahoo.com',
    'yahoo.co.uk',
    'aol.com',
    'gmx.de',
    'web.de',
  ])('free mail is never corporate: %s', (host) => {
    expect(corporateDomainOf(host)).toBeNull();
  });

  it('every CIS addition is free mail', () => {
    for (const host of CIS_FREE_MAIL_DOMAINS) expect(corporateDomainOf(host), host).toBeNull();
  });

  it('a subdomain of a free-mail provider is not corporate either', () => {
    expect(corporateDomainOf('corp.mail.ru')).toBeNull();
  });

  it('the maintained list is read in punycode (it spells some entries in Unicode)', () => {
    expect(corporateDomainOf('müll.email')).toBeNull();
    expect(corporateDomainOf('xn--mll-hoa.email')).toBeNull();
  });

  it.each([
    '',
    'localhost',
    'romashka',
    'ru',
    'msk.ru',
    'co.uk',
    '1.2.3.4',
    '[::1]',
    'romashka.con',
    'company.local',
    '-romashka.ru',
    'roma shka.ru',
    'a..ru',
  ])('not a registrable company domain: %j', (host) => {
    expect(corporateDomainOf(host)).toBeNull();
  });
});
