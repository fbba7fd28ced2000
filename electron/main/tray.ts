// The tray icon: a menu (Open Claimdesk, Quit) and a tooltip that can carry the
// number of unseen cases. Labels follow the OS locale (Russian or English).

export interface TrayLike {
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click' | 'double-click', listener: () => void): unknown;
  destroy(): void;
}

export interface MenuItemTemplate {
  label?: string;
  type?: 'separator';
  click?: () => void;
}

export interface TrayDeps<Image> {
  Tray: new (image: Image) => TrayLike;
  Menu: { buildFromTemplate(template: MenuItemTemplate[]): unknown };
  nativeImage: { createFromPath(path: string): { resize(opts: { width: number; height: number }): Image } };
  iconPath: string;
  locale: string;
  platform: string;
  onOpen: () => void;
  onQuit: () => void;
}

const LABELS = {
  en: {
    open: 'Open Claimdesk',
    quit: 'Quit',
    unseen: (n: number) => `Claimdesk — ${n} unseen ${n === 1 ? 'case' : 'cases'}`,
  },
  ru: {
    open: 'Открыть Claimdesk',
    quit: 'Выйти',
    unseen: (n: number) => `Claimdesk — непросмотренных случаев: ${n}`,
  },
} as const;

export function trayLabels(locale: string) {
  return /^ru(?:$|[-_])/i.test(locale) ? LABELS.ru : LABELS.en;
}

export function trayTooltip(locale: string, unseen: number): string {
  return unseen > 0 ? trayLabels(locale).unseen(unseen) : 'Claimdesk';
}

export interface AppTray {
  setUnseenCount(count: number): void;
  destroy(): void;
}

export function createTray<Image>(deps: TrayDeps<Image>): AppTray {
  const labels = trayLabels(deps.locale);
  const image = deps.nativeImage.createFromPath(deps.iconPath);
  const size = deps.platform === 'darwin' ? 16 : 32;
  const tray = new deps.Tray(image.resize({ width: size, height: size }));
  tray.setContextMenu(
    deps.Menu.buildFromTemplate([
      { label: labels.open, click: deps.onOpen },
      { type: 'separator' },
      { label: labels.quit, click: deps.onQuit },
    ]),
  );
  tray.setToolTip(trayTooltip(deps.locale, 0));
  // Windows and most Linux trays: a click on the icon opens the window (macOS shows the menu).
  if (deps.platform !== 'darwin') tray.on('click', deps.onOpen);
  tray.on('double-click', deps.onOpen);
  return {
    setUnseenCount(count) {
      tray.setToolTip(trayTooltip(deps.locale, count));
    },
    destroy() {
      tray.destroy();
    },
  };
}
