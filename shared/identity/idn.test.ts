import punycode from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import maintained from 'email-providers/all.json' with { type: 'json' };
import { toAsciiHost } from './idn';

describe('toAsciiHost', () => {
  it('reads an ASCII host as punycode would: lower-cased, trimmed, without a final dot', () => {
    expect(toAsciiHost('  Mail.Romashka-Tour.RU. ')).toBe('mail.romashka-tour.ru');
    expect(toAsciiHost('xn--80aqeigdi5k.xn--p1ai')).toBe('xn--80aqeigdi5k.xn--p1ai');
  });

  it('gives every ASCII host of the free-mail list the form punycode gives it', () => {
    const ascii = (maintained as readonly string[]).filter((h) => !h.includes('@') && /^[\x20-\x7e]*$/.test(h));
    expect(ascii.length).toBeGreaterThan(1000);
    for (const host of ascii) expect(toAsciiHost(host)).toBe(punycode.toASCII(host.trim().toLowerCase()));
  });

  it('puts a Unicode host into punycode, whatever its letter case or composition', () => {
    expect(toAsciiHost('КОМПАНИЯ.РФ')).toBe('xn--80aqeigdi5k.xn--p1ai');
    expect(toAsciiHost('bu\u0308cher.de')).toBe('xn--bcher-kva.de');
  });

  it('refuses what cannot be a mail host', () => {
    expect(toAsciiHost('localhost')).toBeNull();
    expect(toAsciiHost('bad_label.ru')).toBeNull();
    expect(toAsciiHost('10.0.0.1')).toBeNull();
    expect(toAsciiHost(' ')).toBeNull();
  });
});
