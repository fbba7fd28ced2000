import type { AppServices } from '../core/CoreContext';
import type { Translator } from '../i18n/translator';
import type { Platform } from '../platform';
import { useUi } from '../state/uiStore';
import { SessionController } from '../sync/sessionController';
import { startCaseNotifications } from './notifications/caseNotifications';
import { showInAppNotice } from './notifications/showInAppNotice';
import { onceUntilFailed } from './onceUntilFailed';
import { openBrowserOfficeCore } from './openCore';

/** Brings the app's services up once per page, however often the gate asks. */
export interface AppBootstrap {
  /** The services once the office database is open; after a failure the next call tries again. */
  start(): Promise<AppServices>;
}

/**
 * The composition root's one-time work: open the office database, make its sign-in controller,
 * start case notifications. Once per page: React's StrictMode runs effects twice, a second open
 * of the same database would close the first (closeDuplicates), a second controller would
 * replicate twice and a second subscription would announce every case twice.
 */
export function createAppBootstrap(platform: Platform, i18n: Translator): AppBootstrap {
  const start = onceUntilFailed(async (): Promise<AppServices> => {
    const core = await openBrowserOfficeCore();
    useUi.getState().setProfile(core.profile());
    const session = new SessionController(core, platform);
    // The book opens at once; sync catches up in the background (offline-first).
    void session.resume();
    startCaseNotifications({ core, platform, i18n, showInApp: (notice) => showInAppNotice(notice, i18n) });
    return { core, platform, session };
  });
  return { start };
}
