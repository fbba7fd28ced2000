import { describe, expect, it } from 'vitest';
import { identityKeysOf } from './identityKeys';

describe('identityKeysOf', () => {
  it('gives phone, email and corporate-domain keys with masked displays', () => {
    const r = identityKeysOf({
      phones: ['8 916 123-45-67'],
      emails: ['Petr.Ivanov+travel@gmail.com', 'boss@mail.romashka-tour.ru'],
    });
    expect(r.problems).toEqual([]);
    expect(r.keys).toEqual([
      { kind: 'phone', key: 'phone:+79161234567', display: '+7 916 ***-**-67' },
      { kind: 'email', key: 'email:petrivanov@gmail.com', display: 'p***@gmail.com' },
      { kind: 'email', key: 'email:boss@mail.romashka-tour.ru', display: 'b***@mail.romashka-tour.ru' },
      { kind: 'domain', key: 'domain:romashka-tour.ru', display: 'romashka-tour.ru' },
    ]);
  });

  it('the same client typed two ways has the same keys', () => {
    const a = identityKeysOf({
      phones: ['+7 (916) 123-45-67; 8 495 123 45 67 доб. 12'],
      emails: ['PetrIvanov@googlemail.com'],
    });
    const b = identityKeysOf({ phones: ['84951234567', '9161234567'], emails: ['petr.ivanov@gmail.com'] });
    expect(new Set(a.keys.map((k) => k.key))).toEqual(new Set(b.keys.map((k) => k.key)));
  });

  it('de-duplicates keys, keeping the first occurrence, in a stable order', () => {
    const input = {
      phones: ['8 916 123 45 67, +79161234567', '8 (916) 123-45-67', '8 800 555 35 35'],
      emails: ['a@romashka-tour.ru', 'b@romashka-tour.ru', 'A@Romashka-Tour.ru'],
    };
    const r = identityKeysOf(input);
    expect(r.keys.map((k) => k.key)).toEqual([
      'phone:+79161234567',
      'phone:+78005553535',
      'email:a@romashka-tour.ru',
      'email:b@romashka-tour.ru',
      'domain:romashka-tour.ru',
    ]);
    expect(identityKeysOf(input)).toEqual(r);
    expect(r.phones).toHaveLength(4);
    expect(r.emails).toHaveLength(3);
  });

  it('free mail gives an email key but no domain key', () => {
    const r = identityKeysOf({ phones: [], emails: ['x@mail.ru', 'y@yandex.ru', 'z@icloud.com'] });
    expect(r.keys.map((k) => k.kind)).toEqual(['email', 'email', 'email']);
  });

  it('IDN domains are keyed in punycode and shown in Unicode', () => {
    const r = identityKeysOf({ phones: [], emails: ['иван@компания.рф'] });
    expect(r.keys).toEqual([
      { kind: 'email', key: 'email:иван@xn--80aqeigdi5k.xn--p1ai', display: 'и***@компания.рф' },
      { kind: 'domain', key: 'domain:xn--80aqeigdi5k.xn--p1ai', display: 'компания.рф' },
    ]);
  });

  it('private suffixes: two msk.ru companies get two domain keys', () => {
    const r = identityKeysOf({ phones: [], emails: ['a@a.msk.ru', 'b@b.msk.ru'] });
    expect(r.keys.filter((k) => k.kind === 'domain').map((k) => k.key)).toEqual(['domain:a.msk.ru', 'domain:b.msk.ru']);
  });

  it('bad pieces give problems and no keys; good pieces still give keys', () => {
    const r = identityKeysOf({
      phones: ['8 916 123', '+7 916 123 45 67'],
      emails: ['petr@', 'petr@romashka.con', 'ok@gmail.com'],
    });
    expect(r.keys.map((k) => k.key)).toEqual(['phone:+79161234567', 'email:ok@gmail.com']);
    expect(r.problems.map((p) => [p.field, p.value, p.code])).toEqual([
      ['phone', '8 916 123', 'phone.tooShort'],
      ['email', 'petr@', 'email.invalid'],
      ['email', 'petr@romashka.con', 'email.unknownTld'],
    ]);
  });

  it('no input, no keys', () => {
    expect(identityKeysOf({ phones: [], emails: [] })).toEqual({ keys: [], problems: [], phones: [], emails: [] });
    expect(identityKeysOf({ phones: [''], emails: ['  '] }).keys).toEqual([]);
  });

  it('passes settings through to phone parsing', () => {
    const national = { phones: ['8 029 123 45 67'], emails: [] };
    expect(identityKeysOf(national).keys.map((k) => k.key)).toEqual(['phone:+375291234567']);
    expect(identityKeysOf(national, { defaultCountry: 'RU', neighbourCountries: [] }).keys).toEqual([]);
  });

  it('never puts the raw phone or mailbox into a display', () => {
    const r = identityKeysOf({
      phones: ['+7 916 123 45 67', '+375 29 765 43 21'],
      emails: ['secret.name@romashka.ru'],
    });
    for (const k of r.keys) {
      expect(k.display).not.toContain('1234567');
      expect(k.display).not.toContain('7654321');
      expect(k.display).not.toContain('secret');
    }
  });
});
