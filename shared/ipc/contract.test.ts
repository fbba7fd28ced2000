import { describe, expect, it } from 'vitest';
import { eventChannels, eventContract, invokeChannels, invokeContract } from './contract';
import { IpcValidationError } from './validate';

const parse = (channel: keyof typeof invokeContract, raw: unknown[]) => invokeContract[channel].args(raw, channel);

describe('IPC contract', () => {
  it('lists exactly the declared channels', () => {
    expect([...invokeChannels].sort()).toEqual([
      'app:focus',
      'app:info',
      'notify:show',
      'session:clear',
      'session:load',
      'session:save',
      'tray:setUnseenCount',
    ]);
    expect([...eventChannels]).toEqual(['navigate']);
  });

  it('accepts a well-formed notification and drops nothing it declares', () => {
    expect(
      parse('notify:show', [{ id: 'case-1', title: 'New duplicate', body: 'Petrov', route: '/cases/case-1' }]),
    ).toEqual([{ id: 'case-1', title: 'New duplicate', body: 'Petrov', route: '/cases/case-1' }]);
    expect(parse('notify:show', [{ title: 'T', body: '' }])).toEqual([{ title: 'T', body: '' }]);
  });

  it.each([
    ['no argument', []],
    ['two arguments', [{ title: 'a', body: 'b' }, 1]],
    ['not an object', ['hello']],
    ['null', [null]],
    ['an array', [['a']]],
    ['empty title', [{ title: '', body: 'b' }]],
    ['title too long', [{ title: 'x'.repeat(201), body: 'b' }]],
    ['numeric body', [{ title: 'a', body: 5 }]],
    ['unknown property', [{ title: 'a', body: 'b', icon: '/etc/passwd' }]],
    ['absolute URL route', [{ title: 'a', body: 'b', route: 'https://evil.example/' }]],
    ['protocol-relative route', [{ title: 'a', body: 'b', route: '//evil.example/x' }]],
    ['javascript: route', [{ title: 'a', body: 'b', route: 'javascript:alert(1)' }]],
    ['route with a space', [{ title: 'a', body: 'b', route: '/cases/ 1' }]],
    ['route with a backslash', [{ title: 'a', body: 'b', route: '/\\evil.example' }]],
  ])('rejects notify:show with %s', (_name, raw) => {
    expect(() => parse('notify:show', raw)).toThrow(IpcValidationError);
  });

  it('names the channel, the argument and the rule in the error', () => {
    expect(() => parse('notify:show', [{ title: 7, body: 'b' }])).toThrow(
      /^notify:show argument 1\.title must be a string of 1\.\.200 characters, got number$/,
    );
    expect(() => parse('notify:show', [{ title: 'a', body: 'b', extra: 1 }])).toThrow(/unknown property "extra"/);
  });

  it.each([[0], [3], [1_000_000]])('accepts unseen count %d', (n) => {
    expect(parse('tray:setUnseenCount', [n])).toEqual([n]);
  });

  it.each([[-1], [1.5], [Number.NaN], [Infinity], ['3'], [null], [1_000_001]])('rejects unseen count %s', (n) => {
    expect(() => parse('tray:setUnseenCount', [n])).toThrow(
      /tray:setUnseenCount argument 1 must be an integer in 0\.\.1000000/,
    );
  });

  it('rejects arguments on channels that take none', () => {
    expect(parse('app:info', [])).toEqual([]);
    expect(() => parse('app:info', [{}])).toThrow(/takes 0 argument\(s\), got 1/);
  });

  it('checks navigate event routes with the same rule', () => {
    expect(eventContract.navigate.args(['/cases/abc?tab=timeline#top'], 'navigate')).toEqual([
      '/cases/abc?tab=timeline#top',
    ]);
    expect(() => eventContract.navigate.args(['file:///etc/passwd'], 'navigate')).toThrow(IpcValidationError);
  });

  const session = {
    endpoint: 'https://sync.agency.example',
    token: 'tok',
    userId: 'u1',
    userName: 'Anna',
    officeId: 'o1',
    officeName: 'Moscow',
    role: 'manager',
    expiresAt: 1_800_000_000_000,
  };

  it('accepts a stored session as declared', () => {
    expect(parse('session:save', [session])).toEqual([session]);
    expect(parse('session:load', [])).toEqual([]);
  });

  it.each([
    ['a file: endpoint', { ...session, endpoint: 'file:///etc/passwd' }],
    ['an empty token', { ...session, token: '' }],
    ['a fractional expiry', { ...session, expiresAt: 1.5 }],
    ['an extra field', { ...session, password: 'secret' }],
    ['a missing office', { ...session, officeId: undefined }],
  ])('rejects session:save with %s', (_name, value) => {
    expect(() => parse('session:save', [value])).toThrow(IpcValidationError);
  });
});
