import type { ClaimdeskDesktopApi } from './desktopApi';
import type { Platform } from './platform';

/** Inside the desktop app: everything goes through the typed preload API. */
export function electronPlatform(api: ClaimdeskDesktopApi): Platform {
  return {
    kind: 'electron',
    locale: async () => (await api.invoke('app:info')).locale,
    showNotification: async ({ id, title, body, route }) => {
      const result = await api.invoke('notify:show', {
        title,
        body,
        ...(id ? { id } : {}),
        ...(route ? { route } : {}),
      });
      return result.outcome;
    },
    notificationPermission: () => 'granted',
    requestNotificationPermission: async () => 'granted',
    setUnseenCount: (count) => api.invoke('tray:setUnseenCount', Math.max(0, Math.min(1_000_000, Math.floor(count)))),
    onNavigate: (listener) => api.on('navigate', listener),
    sessions: {
      load: () => api.invoke('session:load'),
      save: (session) => api.invoke('session:save', session),
      clear: () => api.invoke('session:clear'),
    },
  };
}
