import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/ipc/contract';
import type { InvokeHandlers } from '../../shared/ipc/contract';
import { createRendererSender, createTrustedSenderCheck, registerIpcHandlers } from './ipc';
import type { IpcEventLike, IpcMainLike } from './ipc';

const APP_URL = 'file:///opt/claimdesk/out/renderer/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP_URL;

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  const invoke = async (channel: string, event: IpcEventLike, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  };
  return { ipcMain, handlers, invoke };
}

function recordingHandlers() {
  const calls: [string, unknown[]][] = [];
  const handlers: InvokeHandlers = {
    'app:info': () => {
      calls.push(['app:info', []]);
      return { version: '0.1.0', platform: 'linux', locale: 'ru' };
    },
    'app:focus': () => {
      calls.push(['app:focus', []]);
    },
    'notify:show': (request) => {
      calls.push(['notify:show', [request]]);
      return { outcome: 'shown' as const };
    },
    'tray:setUnseenCount': (count) => {
      calls.push(['tray:setUnseenCount', [count]]);
    },
    'session:save': (session) => {
      calls.push(['session:save', [session]]);
      return { persisted: true };
    },
    'session:load': () => {
      calls.push(['session:load', []]);
      return null;
    },
    'session:clear': () => {
      calls.push(['session:clear', []]);
    },
  };
  return { handlers, calls };
}

const windowContents = { id: 7 };
const trusted: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: `${APP_URL}#/clients`, parent: null } };

function setup() {
  const ipc = fakeIpcMain();
  const { handlers, calls } = recordingHandlers();
  const dispose = registerIpcHandlers(
    ipc.ipcMain,
    handlers,
    createTrustedSenderCheck(() => windowContents, isAppUrl),
  );
  return { ...ipc, calls, dispose };
}

describe('registerIpcHandlers', () => {
  it('registers one handler per contract channel and removes them all', () => {
    const { handlers, dispose } = setup();
    expect([...handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('dispatches good calls from our window', async () => {
    const { invoke, calls } = setup();
    await expect(invoke('app:info', trusted)).resolves.toEqual({ version: '0.1.0', platform: 'linux', locale: 'ru' });
    await expect(invoke('notify:show', trusted, { title: 'Duplicate', body: 'x', route: '/cases/1' })).resolves.toEqual(
      { outcome: 'shown' },
    );
    await invoke('tray:setUnseenCount', trusted, 4);
    expect(calls).toEqual([
      ['app:info', []],
      ['notify:show', [{ title: 'Duplicate', body: 'x', route: '/cases/1' }]],
      ['tray:setUnseenCount', [4]],
    ]);
  });

  it.each<[string, IpcEventLike | (() => IpcEventLike)]>([
    ['another webContents', { sender: { id: 8 }, senderFrame: { url: APP_URL, parent: null } }],
    ['a subframe of our window', { sender: { id: 7 }, senderFrame: { url: APP_URL, parent: { url: APP_URL } } }],
    [
      'our window showing a foreign page',
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    ['another local file', { sender: { id: 7 }, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a destroyed frame', { sender: { id: 7 }, senderFrame: null }],
  ])('rejects a call from %s without running the handler', async (_name, event) => {
    const { invoke, calls } = setup();
    await expect(invoke('tray:setUnseenCount', event as IpcEventLike, 3)).rejects.toThrow(
      /sender is not the Claimdesk window/,
    );
    await expect(invoke('app:info', event as IpcEventLike)).rejects.toThrow(/sender is not the Claimdesk window/);
    expect(calls).toEqual([]);
  });

  it('rejects everything before the window exists', async () => {
    const ipc = fakeIpcMain();
    const { handlers, calls } = recordingHandlers();
    registerIpcHandlers(
      ipc.ipcMain,
      handlers,
      createTrustedSenderCheck(() => undefined, isAppUrl),
    );
    await expect(ipc.invoke('app:info', trusted)).rejects.toThrow(/not the Claimdesk window/);
    expect(calls).toEqual([]);
  });

  it('rejects bad arguments with a clear error and does nothing', async () => {
    const { invoke, calls } = setup();
    await expect(invoke('tray:setUnseenCount', trusted, -2)).rejects.toThrow(
      'tray:setUnseenCount argument 1 must be an integer in 0..1000000, got -2',
    );
    await expect(invoke('tray:setUnseenCount', trusted)).rejects.toThrow(/takes 1 argument\(s\), got 0/);
    await expect(
      invoke('notify:show', trusted, { title: 'x', body: 'y', route: 'https://evil.example' }),
    ).rejects.toThrow(/notify:show argument 1\.route must be an in-app route/);
    await expect(invoke('notify:show', trusted, { title: 'x', body: 'y', onclick: 'steal()' })).rejects.toThrow(
      /unknown property "onclick"/,
    );
    expect(calls).toEqual([]);
  });
});

describe('createRendererSender', () => {
  function contents(destroyed = false) {
    const sent: unknown[][] = [];
    return {
      sent,
      wc: {
        isDestroyed: () => destroyed,
        send: (channel: string, ...args: unknown[]) => sent.push([channel, ...args]),
      },
    };
  }

  it('sends contract events to the window', () => {
    const { sent, wc } = contents();
    expect(createRendererSender(() => wc)('navigate', '/cases/9')).toBe(true);
    expect(sent).toEqual([['navigate', '/cases/9']]);
  });

  it('reports when there is no live window', () => {
    expect(createRendererSender(() => undefined)('navigate', '/cases/9')).toBe(false);
    const { sent, wc } = contents(true);
    expect(createRendererSender(() => wc)('navigate', '/cases/9')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('refuses an event that breaks the contract', () => {
    const { sent, wc } = contents();
    expect(() => createRendererSender(() => wc)('navigate', 'https://evil.example')).toThrow(/in-app route/);
    expect(() => (createRendererSender(() => wc) as (e: string, ...a: unknown[]) => boolean)('reload')).toThrow(
      /not a Claimdesk event/,
    );
    expect(sent).toEqual([]);
  });
});
