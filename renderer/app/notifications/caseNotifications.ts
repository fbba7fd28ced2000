import type { Observable } from 'rxjs';
import type { Notification } from '../../../shared/notify/notificationRules';
import type { Platform } from '../../platform/platform';
import type { Translator } from '../../i18n/translator';
import { notificationText } from './notificationText';

/** What the notifier needs of the office core. */
export interface CaseFeed {
  readonly notifications$: Observable<Notification>;
  readonly unseenCaseCount$: Observable<number>;
}

export interface InAppNotice {
  id: string;
  title: string;
  body: string;
  route: string;
}

export interface CaseNotificationDeps {
  core: CaseFeed;
  platform: Pick<Platform, 'showNotification' | 'setUnseenCount'>;
  i18n: Translator;
  /** Shown inside the window when the system will not show it (browser permission refused, unsupported). */
  showInApp(notice: InAppNotice): void;
}

/**
 * The one subscription per open database that turns the core's notifications into system
 * notifications (or in-app ones when the system refuses) and keeps the tray/tab count current.
 * Returns the stop function.
 */
export function startCaseNotifications({ core, platform, i18n, showInApp }: CaseNotificationDeps): () => void {
  const notes = core.notifications$.subscribe((notification) => {
    const { title, body } = notificationText(i18n, notification);
    const notice = { id: notification.id, title, body, route: notification.route };
    platform.showNotification(notice).then(
      (outcome) => {
        if (outcome === 'refused') showInApp(notice);
      },
      (error: unknown) => {
        console.error('Could not show a system notification', error);
        showInApp(notice);
      },
    );
  });
  let last = -1;
  const count = core.unseenCaseCount$.subscribe((n) => {
    if (n === last) return;
    last = n;
    platform.setUnseenCount(n).catch((error: unknown) => console.error('Could not update the unseen count', error));
  });
  return () => {
    notes.unsubscribe();
    count.unsubscribe();
  };
}
