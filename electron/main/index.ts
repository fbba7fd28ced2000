// Claimdesk main process: wires the modules; the behaviour lives (and is tested) in them.
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  safeStorage,
  session,
  shell,
  Tray,
} from 'electron';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppUrlMatcher, resolveRendererEntry } from './appUrl';
import { buildCsp, installCspHeader, SYNC_ENDPOINT_SOURCES } from './csp';
import { createInvokeHandlers } from './handlers';
import { createRendererSender, createTrustedSenderCheck, registerIpcHandlers } from './ipc';
import { acquireSingleInstance, focusWindow, hideOnClose } from './lifecycle';
import { createNotifier } from './notifier';
import { restrictPermissions, secureWindow } from './security';
import { createSessionStore } from './sessionStore';
import { createTray } from './tray';
import { loadRenderer, mainWindowOptions } from './window';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
let mainWindow: BrowserWindow | undefined;
const showMainWindow = () => focusWindow(mainWindow);

if (acquireSingleInstance(app, showMainWindow)) {
  app.setAppUserModelId('app.claimdesk.desktop'); // Windows: required for notifications
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Claimdesk failed to start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const entry = resolveRendererEntry({
    devUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
    indexHtml: join(here, '../renderer/index.html'),
  });
  const isAppUrl = createAppUrlMatcher(entry.url);
  const resources = join(app.getAppPath(), 'resources');

  restrictPermissions(session.defaultSession);
  installCspHeader(
    session.defaultSession.webRequest,
    isAppUrl,
    buildCsp({ connectSrc: SYNC_ENDPOINT_SOURCES, ...(entry.kind === 'dev' ? { devServerUrl: entry.url } : {}) }),
  );
  app.on('web-contents-created', (_event, contents) =>
    secureWindow(contents, isAppUrl, (url) => shell.openExternal(url)),
  );

  const window = new BrowserWindow(
    mainWindowOptions({ preload: join(here, '../preload/index.cjs'), icon: join(resources, 'icon.png') }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  hideOnClose(window, app);
  app.on('activate', showMainWindow);

  const tray = createTray({
    Tray,
    Menu,
    nativeImage,
    iconPath: join(resources, 'tray.png'),
    locale: app.getLocale(),
    platform: process.platform,
    onOpen: showMainWindow,
    onQuit: () => app.quit(),
  });
  const sendToRenderer = createRendererSender(() => mainWindow?.webContents);
  const notifier = createNotifier({
    Notification,
    focusWindow: showMainWindow,
    sendToRenderer,
    icon: join(resources, 'icon.png'),
  });
  const sessions = createSessionStore({
    safeStorage,
    files: { readFile, writeFile, rename, rm },
    path: join(app.getPath('userData'), 'session.bin'),
    log: (message) => console.warn(message),
  });
  registerIpcHandlers(
    ipcMain,
    createInvokeHandlers({ app, platform: process.platform, focusWindow: showMainWindow, notifier, tray, sessions }),
    createTrustedSenderCheck(() => mainWindow?.webContents, isAppUrl),
  );

  await loadRenderer(window, entry);
}
