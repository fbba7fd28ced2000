import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createTray, trayTooltip } from './tray';
import type { MenuItemTemplate, TrayLike } from './tray';

function setup(locale = 'en-US', platform = 'linux') {
  const actions: string[] = [];
  const created: FakeTray[] = [];
  class FakeTray extends EventEmitter implements TrayLike {
    tooltip = '';
    menu: MenuItemTemplate[] = [];
    destroyed = false;
    constructor(readonly image: { path: string; size: number }) {
      super();
      created.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu as MenuItemTemplate[];
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const appTray = createTray({
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template) => template },
    nativeImage: { createFromPath: (path) => ({ resize: ({ width }) => ({ path, size: width }) }) },
    iconPath: '/app/resources/tray.png',
    locale,
    platform,
    onOpen: () => actions.push('open'),
    onQuit: () => actions.push('quit'),
  });
  const tray = created[0]!;
  const item = (label: string) => {
    const found = tray.menu.find((i) => i.label === label);
    if (!found?.click) throw new Error(`no menu item "${label}" in ${JSON.stringify(tray.menu.map((i) => i.label))}`);
    return found.click;
  };
  return { appTray, tray, actions, item };
}

describe('tray', () => {
  it('has Open Claimdesk and Quit, each doing its own thing', () => {
    const { tray, actions, item } = setup();
    expect(tray.menu.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['Open Claimdesk', 'Quit']);
    item('Open Claimdesk')();
    expect(actions).toEqual(['open']);
    item('Quit')();
    expect(actions).toEqual(['open', 'quit']);
  });

  it('speaks Russian on a Russian system', () => {
    const { tray, appTray } = setup('ru-RU');
    expect(tray.menu.filter((i) => i.label).map((i) => i.label)).toEqual(['Открыть Claimdesk', 'Выйти']);
    appTray.setUnseenCount(5);
    expect(tray.tooltip).toBe('Claimdesk — непросмотренных случаев: 5');
  });

  it('shows the unseen-case count in the tooltip, and the plain name at zero', () => {
    const { tray, appTray } = setup();
    expect(tray.tooltip).toBe('Claimdesk');
    appTray.setUnseenCount(1);
    expect(tray.tooltip).toBe('Claimdesk — 1 unseen case');
    appTray.setUnseenCount(12);
    expect(tray.tooltip).toBe('Claimdesk — 12 unseen cases');
    appTray.setUnseenCount(0);
    expect(tray.tooltip).toBe('Claimdesk');
  });

  it('a click on the icon opens the window on Windows/Linux; on macOS the click shows the menu', () => {
    const linux = setup('en', 'linux');
    linux.tray.emit('click');
    expect(linux.actions).toEqual(['open']);
    const mac = setup('en', 'darwin');
    mac.tray.emit('click');
    expect(mac.actions).toEqual([]);
    expect(mac.tray.image).toEqual({ path: '/app/resources/tray.png', size: 16 });
  });

  it('destroy removes the icon', () => {
    const { tray, appTray } = setup();
    appTray.destroy();
    expect(tray.destroyed).toBe(true);
  });

  it('tooltip text is independent of the fake', () => {
    expect(trayTooltip('en', 2)).toBe('Claimdesk — 2 unseen cases');
    expect(trayTooltip('rue', 2)).toBe('Claimdesk — 2 unseen cases');
    expect(trayTooltip('ru_RU', 2)).toBe('Claimdesk — непросмотренных случаев: 2');
  });
});
