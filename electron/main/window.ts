// The main window: secure web preferences, shown once ready, loads the renderer.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { RendererEntry } from './appUrl';
import { secureWebPreferences } from './security';

export function mainWindowOptions(opts: { preload: string; icon?: string }): BrowserWindowConstructorOptions {
  return {
    title: 'Claimdesk',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: secureWebPreferences(opts.preload),
  };
}

export interface LoadableWindowLike {
  loadURL(url: string): Promise<void>;
  loadFile(path: string): Promise<void>;
}

export function loadRenderer(window: LoadableWindowLike, entry: RendererEntry): Promise<void> {
  return entry.kind === 'dev' ? window.loadURL(entry.url) : window.loadFile(entry.path);
}
