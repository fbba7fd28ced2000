import { storedSession } from '../../shared/ipc/contract';
import type { Platform, SessionStorage } from './platform';

const SESSION_KEY = 'claimdesk.session';

/** In a browser: the page's language, Web Notifications, and clicks routed inside the page. */
export function webPlatform(): Platform {
  const listeners = new Set<(route: string) => void>();
  const shown = new Set<string>();
  return {
    kind: 'web',
    locale: async () => navigator.languages?.[0] ?? navigator.language ?? 'en',
    // Never asks here: a browser only shows its permission prompt after a click, and a prompt out
    // of the blue is refused by habit. The app asks with an explanation (NotificationPrompt).
    showNotification: async ({ id, title, body, route }) => {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return 'refused';
      if (id && shown.has(id)) return 'alreadyShown';
      const notification = new Notification(title, { body, ...(id ? { tag: id } : {}) });
      if (id) shown.add(id);
      notification.onclick = () => {
        window.focus();
        notification.close();
        if (route) listeners.forEach((l) => l(route));
      };
      return 'shown';
    },
    notificationPermission: () => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission),
    requestNotificationPermission: async () => {
      if (typeof Notification === 'undefined') return 'unsupported';
      if (Notification.permission !== 'default') return Notification.permission;
      return Notification.requestPermission();
    },
    setUnseenCount: async (count) => {
      const base = document.title.replace(/^\(\d+\) /u, '');
      document.title = count > 0 ? `(${count}) ${base}` : base;
    },
    onNavigate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sessions: webSessionStorage(() => window.localStorage),
  };
}

/** The browser's storage: the page's origin is the endpoint itself, which holds the client data anyway. */
export function webSessionStorage(storage: () => Storage): SessionStorage {
  return {
    load: async () => {
      try {
        const raw = storage().getItem(SESSION_KEY);
        return raw ? storedSession(JSON.parse(raw) as unknown, 'session') : null;
      } catch {
        return null;
      }
    },
    save: async (session) => {
      try {
        storage().setItem(SESSION_KEY, JSON.stringify(storedSession(session, 'session')));
        return { persisted: true };
      } catch {
        return { persisted: false };
      }
    },
    clear: async () => {
      try {
        storage().removeItem(SESSION_KEY);
      } catch {
        // Storage disabled: nothing was kept.
      }
    },
  };
}
