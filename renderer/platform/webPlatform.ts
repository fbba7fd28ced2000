import type { Platform } from './platform';

/** In a browser: the page's language, Web Notifications, and clicks routed inside the page. */
export function webPlatform(): Platform {
  const listeners = new Set<(route: string) => void>();
  const shown = new Set<string>();
  return {
    kind: 'web',
    locale: async () => navigator.languages?.[0] ?? navigator.language ?? 'en',
    showNotification: async ({ id, title, body, route }) => {
      if (typeof Notification === 'undefined') return false;
      if (id && shown.has(id)) return true;
      const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
      if (permission !== 'granted') return false;
      const notification = new Notification(title, { body, ...(id ? { tag: id } : {}) });
      if (id) shown.add(id);
      notification.onclick = () => {
        window.focus();
        if (route) listeners.forEach((l) => l(route));
      };
      return true;
    },
    onNavigate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
