import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { acquireSingleInstance, focusWindow, hideOnClose } from './lifecycle';
import { createTray } from './tray';
import type { MenuItemTemplate } from './tray';

/** Behaves like Electron's app: quit() emits before-quit, then closes the windows; a prevented close cancels the quit. */
class FakeApp extends EventEmitter {
  quitCalls = 0;
  locked: boolean;
  windows: FakeWindow[] = [];
  constructor(locked = true) {
    super();
    this.locked = locked;
  }
  requestSingleInstanceLock() {
    return this.locked;
  }
  quit() {
    this.quitCalls++;
    this.emit('before-quit');
    for (const w of this.windows) w.close();
  }
}

class FakeWindow extends EventEmitter {
  visible = true;
  destroyed = false;
  minimized = false;
  focused = false;
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  }
  hide() {
    this.visible = false;
    this.focused = false;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
}

describe('single instance', () => {
  it('the first instance keeps running and a second launch focuses its window', () => {
    const app = new FakeApp(true);
    const win = new FakeWindow();
    win.hide();
    win.minimized = true;
    expect(acquireSingleInstance(app, () => focusWindow(win))).toBe(true);
    expect(app.quitCalls).toBe(0);
    app.emit('second-instance');
    expect(win).toMatchObject({ visible: true, minimized: false, focused: true });
  });

  it('a second instance without the lock quits at once', () => {
    const app = new FakeApp(false);
    let focused = 0;
    expect(acquireSingleInstance(app, () => focused++)).toBe(false);
    expect(app.quitCalls).toBe(1);
    app.emit('second-instance');
    expect(focused).toBe(0);
  });
});

describe('hide on close', () => {
  it('closing the window hides it and keeps it alive', () => {
    const app = new FakeApp();
    const win = new FakeWindow();
    hideOnClose(win, app);
    win.close();
    expect(win).toMatchObject({ visible: false, destroyed: false });
  });

  it('Quit from the tray menu really closes it', () => {
    const app = new FakeApp();
    const win = new FakeWindow();
    app.windows.push(win);
    const { isQuitting } = hideOnClose(win, app);
    let menu: MenuItemTemplate[] = [];
    createTray({
      Tray: class {
        setToolTip() {}
        setContextMenu(m: unknown) {
          menu = m as MenuItemTemplate[];
        }
        on() {}
        destroy() {}
      },
      Menu: { buildFromTemplate: (t) => t },
      nativeImage: { createFromPath: () => ({ resize: () => ({}) }) },
      iconPath: 'tray.png',
      locale: 'en',
      platform: 'linux',
      onOpen: () => focusWindow(win),
      onQuit: () => app.quit(),
    });
    win.close();
    expect(win.destroyed).toBe(false);
    menu.find((i) => i.label === 'Quit')!.click!();
    expect(isQuitting()).toBe(true);
    expect(win.destroyed).toBe(true);
  });

  it('an OS session end does not get stuck on a hidden window', () => {
    const app = new FakeApp();
    const win = new FakeWindow();
    hideOnClose(win, app);
    app.emit('session-end');
    win.close();
    expect(win.destroyed).toBe(true);
  });

  it('focusWindow ignores a destroyed window', () => {
    const win = new FakeWindow();
    win.destroyed = true;
    win.visible = false;
    focusWindow(win);
    focusWindow(undefined);
    expect(win.visible).toBe(false);
  });
});
