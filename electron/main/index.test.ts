// Wiring test: index.ts against a fake 'electron' module (the real binary never runs here).
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

function fakeElectron(opts: { locked?: boolean } = {}) {
  const emitter = new EventEmitter();
  const app = Object.assign(emitter, {
    isPackaged: false,
    quitCalls: 0,
    requestSingleInstanceLock: () => opts.locked ?? true,
    quit() {
      app.quitCalls++;
      emitter.emit('before-quit');
    },
    exit: vi.fn(),
    whenReady: () => Promise.resolve(),
    setAppUserModelId: vi.fn(),
    getAppPath: () => '/opt/claimdesk',
    getLocale: () => 'ru',
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/anna/.config/claimdesk-${name}`,
  });
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    loaded: string[] = [];
    webContents = Object.assign(new EventEmitter(), {
      id: 1,
      isDestroyed: () => false,
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    });
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
    loadURL = async (url: string) => void this.loaded.push(url);
    loadFile = async (path: string) => void this.loaded.push(path);
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
  }
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const headerListeners: unknown[] = [];
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (c: string, h: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(c, h),
      removeHandler: vi.fn(),
    },
    Menu: { buildFromTemplate: (t: unknown) => t },
    nativeImage: { createFromPath: (p: string) => ({ resize: () => p }) },
    Notification: Object.assign(
      class {
        on() {}
        show() {}
      },
      { isSupported: () => true },
    ),
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: (l: unknown) => headerListeners.push(l) },
      },
    },
    shell: { openExternal: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
    Tray: class {
      setToolTip() {}
      setContextMenu() {}
      on() {}
      destroy() {}
    },
  };
  return { electron, app, windows, handlers, headerListeners };
}

async function boot(opts: { locked?: boolean } = {}) {
  vi.resetModules();
  const fake = fakeElectron(opts);
  vi.doMock('electron', () => fake.electron);
  delete process.env['ELECTRON_RENDERER_URL'];
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('main process wiring', () => {
  it('opens one secure window on the built renderer, with IPC, CSP and permissions in place', async () => {
    const { windows, handlers, headerListeners, electron, app } = await boot();
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(win.options.webPreferences['preload'])).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(win.loaded).toHaveLength(1);
    expect(win.loaded[0]).toMatch(/[/\\]renderer[/\\]index\.html$/);
    expect([...handlers.keys()].sort()).toEqual([
      'app:focus',
      'app:info',
      'notify:show',
      'session:clear',
      'session:load',
      'session:save',
      'tray:setUnseenCount',
    ]);
    expect(headerListeners).toHaveLength(1);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);

    // app:info answers a call from the window's own page, and refuses one from elsewhere.
    const appInfo = handlers.get('app:info')!;
    const ownFrame = { sender: { id: 1 }, senderFrame: { url: `file://${win.loaded[0]}`, parent: null } };
    await expect(appInfo(ownFrame)).resolves.toEqual({ version: '0.1.0', platform: process.platform, locale: 'ru' });
    await expect(
      appInfo({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).rejects.toThrow(/not the Claimdesk window/);

    // Without a keychain the sign-in is not kept (and nothing is written).
    const session = {
      endpoint: 'https://s.example',
      token: 't',
      userId: 'u',
      userName: 'Anna',
      officeId: 'o',
      officeName: 'M',
      role: 'manager',
      expiresAt: 1,
    };
    await expect(handlers.get('session:save')!(ownFrame, session)).resolves.toEqual({ persisted: false });
    await expect(handlers.get('session:save')!(ownFrame, { ...session, token: 5 })).rejects.toThrow(
      /session:save argument 1\.token/,
    );

    // Closing hides; quitting closes.
    let prevented = false;
    win.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(win.hide).toHaveBeenCalled();
  });

  it('a second instance quits without opening a window', async () => {
    const { windows, app } = await boot({ locked: false });
    expect(app.quitCalls).toBe(1);
    expect(windows).toHaveLength(0);
  });
});
