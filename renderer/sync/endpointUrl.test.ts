import { describe, expect, it } from 'vitest';
import { isLoopbackHost, pageEndpoint, parseEndpoint } from './endpointUrl';

describe('parseEndpoint', () => {
  it('normalises the address and keeps a path prefix', () => {
    expect(parseEndpoint(' https://sync.agency.ru/ ')).toEqual({
      ok: true,
      url: 'https://sync.agency.ru',
      host: 'sync.agency.ru',
      plainHttpRemote: false,
    });
    expect(parseEndpoint('https://agency.ru/claimdesk/?x=1#y')).toMatchObject({
      ok: true,
      url: 'https://agency.ru/claimdesk',
    });
  });

  it('assumes https, except for this computer', () => {
    expect(parseEndpoint('sync.agency.ru:8787')).toMatchObject({ ok: true, url: 'https://sync.agency.ru:8787' });
    expect(parseEndpoint('localhost:8787')).toMatchObject({
      ok: true,
      url: 'http://localhost:8787',
      plainHttpRemote: false,
    });
    expect(parseEndpoint('127.0.0.1:8787')).toMatchObject({ ok: true, url: 'http://127.0.0.1:8787' });
  });

  it('flags plain http to another computer only', () => {
    expect(parseEndpoint('http://192.168.1.20:8787')).toMatchObject({ ok: true, plainHttpRemote: true });
    expect(parseEndpoint('http://sync.agency.ru')).toMatchObject({ ok: true, plainHttpRemote: true });
    expect(parseEndpoint('http://127.0.0.1:8787')).toMatchObject({ ok: true, plainHttpRemote: false });
    expect(parseEndpoint('http://127.10.0.1')).toMatchObject({ ok: true, plainHttpRemote: false });
    expect(parseEndpoint('http://[::1]:8787')).toMatchObject({ ok: true, plainHttpRemote: false });
    expect(parseEndpoint('http://localhost.evil.example')).toMatchObject({ ok: true, plainHttpRemote: true });
    expect(parseEndpoint('http://127.0.0.1.nip.io')).toMatchObject({ ok: true, plainHttpRemote: true });
  });

  it('says what is wrong', () => {
    expect(parseEndpoint('  ')).toEqual({ ok: false, code: 'required' });
    expect(parseEndpoint('ftp://sync.agency.ru')).toEqual({ ok: false, code: 'scheme' });
    expect(parseEndpoint('https://')).toEqual({ ok: false, code: 'invalid' });
    expect(parseEndpoint('https://user:pw@sync.agency.ru')).toEqual({ ok: false, code: 'invalid' });
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.255.0.9', '[::1]', '::1'])(
    '%s is this computer',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );
  it.each(['128.0.0.1', '10.0.0.1', '127.0.0.256', 'example.com', '[::2]', '127.0.0.1.example'])(
    '%s is not',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});

describe('pageEndpoint', () => {
  it('is the origin of a page served over http(s), nothing for the desktop file', () => {
    expect(pageEndpoint({ protocol: 'https:', origin: 'https://sync.agency.ru' })).toBe('https://sync.agency.ru');
    expect(pageEndpoint({ protocol: 'file:', origin: 'null' })).toBeNull();
  });
});
