import type { NotifyOutcome, SessionSaveResult, StoredSession } from '../../shared/ipc/contract';

export type { NotifyOutcome, SessionSaveResult, StoredSession };

/**
 * What the UI needs from wherever it runs. The desktop app and the browser differ in how
 * they learn the locale, show a notification and bring the user to a screen; nothing else
 * in the renderer needs to know which one it is.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** The operating system's (or browser's) language, e.g. "ru-RU". */
  locale(): Promise<string>;
  /** Shows a system notification; a click brings the user to `route`. Says whether it was shown, already shown (same id) or refused. */
  showNotification(notification: PlatformNotification): Promise<NotifyOutcome>;
  /**
   * Whether system notifications may be shown: 'unsupported' and 'denied' mean the app shows
   * them inside its own window instead. The desktop app is always 'granted' (the OS decides).
   */
  notificationPermission(): NotificationPermissionState;
  /** Asks the user (browsers only; call it from a click). Resolves to the new state. */
  requestNotificationPermission(): Promise<NotificationPermissionState>;
  /** The number of unseen cases: the tray tooltip (desktop) or the tab title (web). */
  setUnseenCount(count: number): Promise<void>;
  /** Routes the shell asks the UI to open (e.g. after a notification click). Returns the unsubscribe function. */
  onNavigate(listener: (route: string) => void): () => void;
  /** Where the agency sign-in is kept between starts: the OS keychain (desktop), the browser's storage (web). */
  readonly sessions: SessionStorage;
}

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

export interface SessionStorage {
  load(): Promise<StoredSession | null>;
  /** persisted: false when it could not be kept; the sign-in then lasts until the app is closed. */
  save(session: StoredSession): Promise<SessionSaveResult>;
  clear(): Promise<void>;
}

export interface PlatformNotification {
  /** Notifications with the same id are shown once. */
  id?: string;
  title: string;
  body: string;
  route?: string;
}
