// Native notifications from the main process. A click brings the window forward and
// tells the renderer where to go (the `navigate` event) — the bridge later work uses
// for "new duplicate of your client" and similar.
import type { NotifyOutcome, NotifyRequest } from '../../shared/ipc/contract';
import type { SendToRenderer } from './ipc';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotificationConstructorLike {
  new (options: { title: string; body: string; icon?: string }): NotificationLike;
  isSupported(): boolean;
}

export interface NotifierDeps {
  Notification: NotificationConstructorLike;
  focusWindow: () => void;
  sendToRenderer: SendToRenderer;
  icon?: string;
  /** How many ids to remember for de-duplication (oldest forgotten first). */
  rememberIds?: number;
  /** How many shown notifications to keep referenced so their click still works from the OS notification centre. */
  keepAlive?: number;
}

export interface Notifier {
  show(request: NotifyRequest): { outcome: NotifyOutcome };
}

export function createNotifier(deps: NotifierDeps): Notifier {
  const rememberIds = deps.rememberIds ?? 1000;
  const keepAlive = deps.keepAlive ?? 50;
  const seen = new Set<string>();
  // Electron drops a notification's handlers if the object is garbage-collected.
  const alive: NotificationLike[] = [];

  return {
    show(request) {
      if (request.id !== undefined && seen.has(request.id)) return { outcome: 'alreadyShown' };
      if (!deps.Notification.isSupported()) return { outcome: 'refused' };
      if (request.id !== undefined) {
        seen.add(request.id);
        if (seen.size > rememberIds) seen.delete(seen.values().next().value as string);
      }
      const notification = new deps.Notification({
        title: request.title,
        body: request.body,
        ...(deps.icon ? { icon: deps.icon } : {}),
      });
      const route = request.route;
      notification.on('click', () => {
        deps.focusWindow();
        if (route !== undefined) deps.sendToRenderer('navigate', route);
      });
      alive.push(notification);
      if (alive.length > keepAlive) alive.shift();
      notification.show();
      return { outcome: 'shown' };
    },
  };
}
