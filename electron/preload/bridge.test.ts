import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels, invokeContract } from '../../shared/ipc/contract';
import { createDesktopApi } from './bridge';
import type { IpcRendererLike } from './bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A minimal emitter (the preload layer may not import Node built-ins, its tests included). */
function fakeEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on: (name: string, l: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), l]),
    removeListener: (name: string, l: Listener) =>
      listeners.set(
        name,
        (listeners.get(name) ?? []).filter((x) => x !== l),
      ),
    emit: (name: string, event: unknown, ...args: unknown[]) =>
      (listeners.get(name) ?? []).forEach((l) => l(event, ...args)),
    listenerCount: (name: string) => (listeners.get(name) ?? []).length,
    eventNames: () => [...listeners.keys()],
  };
}

function fakeIpcRenderer() {
  const emitter = fakeEmitter();
  const invoked: [string, unknown[]][] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      return `result of ${channel}`;
    },
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  return { ipc, invoked, emitter };
}

describe('preload bridge', () => {
  it('forwards every contract channel and nothing else', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = createDesktopApi(ipc, invokeChannels, eventChannels);
    for (const channel of Object.keys(invokeContract)) {
      await expect((api.invoke as (c: string) => Promise<unknown>)(channel)).resolves.toBe(`result of ${channel}`);
    }
    const call = api.invoke as (channel: string, ...args: unknown[]) => Promise<unknown>;
    await expect(call('shell:openExternal', 'file:///etc/passwd')).rejects.toThrow(/not a Claimdesk desktop channel/);
    await expect(call('__proto__')).rejects.toThrow(/not a Claimdesk desktop channel/);
    expect(invoked.map(([c]) => c)).toEqual(Object.keys(invokeContract));
  });

  it('passes invoke arguments through unchanged', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = createDesktopApi(ipc, invokeChannels, eventChannels);
    await api.invoke('notify:show', { title: 'T', body: 'B', route: '/cases/1' });
    expect(invoked).toEqual([['notify:show', [{ title: 'T', body: 'B', route: '/cases/1' }]]]);
  });

  it('delivers events without Electron’s event object and unsubscribes', () => {
    const { ipc, emitter } = fakeIpcRenderer();
    const api = createDesktopApi(ipc, invokeChannels, eventChannels);
    const seen: unknown[][] = [];
    const off = api.on('navigate', (...args) => seen.push(args));
    emitter.emit('navigate', { sender: 'ipc internals' }, '/cases/42');
    off();
    emitter.emit('navigate', { sender: 'ipc internals' }, '/cases/43');
    expect(seen).toEqual([['/cases/42']]);
    expect(emitter.listenerCount('navigate')).toBe(0);
  });

  it('refuses to subscribe to events outside the contract', () => {
    const { ipc, emitter } = fakeIpcRenderer();
    const api = createDesktopApi(ipc, invokeChannels, eventChannels);
    expect(() => (api.on as (e: string, l: () => void) => void)('ELECTRON_BROWSER_WINDOW_ALERT', () => {})).toThrow(
      /not a Claimdesk desktop event/,
    );
    expect(emitter.eventNames()).toEqual([]);
  });

  it('the exposed object is frozen', () => {
    const api = createDesktopApi(fakeIpcRenderer().ipc, invokeChannels, eventChannels);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('preload entry', () => {
  it('exposes window.claimdesk built from the contract allow-list', async () => {
    const exposeInMainWorld = vi.fn();
    const { ipc, invoked } = fakeIpcRenderer();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: ipc }));
    await import('./index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, { invoke: (c: string) => Promise<unknown> }];
    expect(key).toBe('claimdesk');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    await api.invoke('app:info');
    await expect(api.invoke('not:declared')).rejects.toThrow();
    expect(invoked.map(([c]) => c)).toEqual(['app:info']);
    vi.doUnmock('electron');
  });
});
