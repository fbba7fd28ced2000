import { describe, expect, it } from 'vitest';
import { createInvokeHandlers } from './handlers';
import { loadRenderer, mainWindowOptions } from './window';

describe('main window', () => {
  it('gets the secure web preferences and the CommonJS preload', () => {
    const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs' });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.show).toBe(false);
  });

  it('loads the dev server URL or the built file', async () => {
    const loaded: string[] = [];
    const win = {
      loadURL: async (u: string) => void loaded.push(`url ${u}`),
      loadFile: async (p: string) => void loaded.push(`file ${p}`),
    };
    await loadRenderer(win, { kind: 'dev', url: 'http://localhost:5173/' });
    await loadRenderer(win, {
      kind: 'file',
      path: '/app/out/renderer/index.html',
      url: 'file:///app/out/renderer/index.html',
    });
    expect(loaded).toEqual(['url http://localhost:5173/', 'file /app/out/renderer/index.html']);
  });
});

describe('invoke handlers', () => {
  it('app:info reports version, platform and the OS locale; the others reach their module', async () => {
    const log: string[] = [];
    const handlers = createInvokeHandlers({
      app: { getVersion: () => '0.1.0', getLocale: () => 'ru-RU' },
      platform: 'win32',
      focusWindow: () => log.push('focus'),
      notifier: { show: (r) => (log.push(`notify ${r.title}`), { outcome: 'shown' as const }) },
      tray: { setUnseenCount: (n) => void log.push(`unseen ${n}`) },
      sessions: {
        save: async (s) => (log.push(`save ${s.userName}`), { persisted: true }),
        load: async () => (log.push('load'), null),
        clear: async () => void log.push('clear'),
      },
    });
    expect(await handlers['app:info']()).toEqual({ version: '0.1.0', platform: 'win32', locale: 'ru-RU' });
    await handlers['app:focus']();
    expect(await handlers['notify:show']({ title: 'T', body: '' })).toEqual({ outcome: 'shown' as const });
    await handlers['tray:setUnseenCount'](3);
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
    expect(await handlers['session:save'](session)).toEqual({ persisted: true });
    expect(await handlers['session:load']()).toBeNull();
    await handlers['session:clear']();
    expect(log).toEqual(['focus', 'notify T', 'unseen 3', 'save Anna', 'load', 'clear']);
  });
});
