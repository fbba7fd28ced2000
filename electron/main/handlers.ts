// The implementations behind the invoke channels; arguments arrive already validated.
import type { InvokeHandlers } from '../../shared/ipc/contract';
import type { Notifier } from './notifier';
import type { SessionStore } from './sessionStore';
import type { AppTray } from './tray';

export function createInvokeHandlers(deps: {
  app: { getVersion(): string; getLocale(): string };
  platform: string;
  focusWindow: () => void;
  notifier: Notifier;
  tray: Pick<AppTray, 'setUnseenCount'>;
  sessions: SessionStore;
}): InvokeHandlers {
  return {
    'app:info': () => ({ version: deps.app.getVersion(), platform: deps.platform, locale: deps.app.getLocale() }),
    'app:focus': () => deps.focusWindow(),
    'notify:show': (request) => deps.notifier.show(request),
    'tray:setUnseenCount': (count) => deps.tray.setUnseenCount(count),
    'session:save': (session) => deps.sessions.save(session),
    'session:load': () => deps.sessions.load(),
    'session:clear': () => deps.sessions.clear(),
  };
}
