import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { webPlatform } from './webPlatform';

export type {
  NotificationPermissionState,
  NotifyOutcome,
  Platform,
  PlatformNotification,
  SessionStorage,
  StoredSession,
} from './platform';

/** The preload exposes window.claimdesk only inside the desktop app; its absence means a browser. */
export function detectPlatform(win: Pick<Window, 'claimdesk'> = window): Platform {
  return win.claimdesk ? electronPlatform(win.claimdesk) : webPlatform();
}
