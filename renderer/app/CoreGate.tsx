import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeCore } from '../../shared/office';
import { ServicesContext } from '../core/CoreContext';
import { openBrowserOfficeCore } from './openCore';
import { startCaseNotifications, type InAppNotice } from './notifications/caseNotifications';
import type { Translator } from '../i18n/translator';
import type { Platform } from '../platform';
import { parseRoute } from '../state/routes';
import { SessionController } from '../sync/sessionController';
import { useUi } from '../state/uiStore';
import { Shell } from './Shell';

// Opened once per page: React's StrictMode runs effects twice, and a second open of the same
// database would close the first (closeDuplicates).
let opening: Promise<OfficeCore> | null = null;
function openOnce(): Promise<OfficeCore> {
  opening ??= openBrowserOfficeCore().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

// One sign-in controller per database, for the same reason.
const controllers = new WeakMap<OfficeCore, SessionController>();
function controllerFor(core: OfficeCore, platform: Platform): SessionController {
  let controller = controllers.get(core);
  if (!controller) {
    controller = new SessionController(core, platform);
    controllers.set(core, controller);
  }
  return controller;
}

// One notification subscription per database too: a case must not be announced twice.
const notifying = new WeakSet<OfficeCore>();
function notifyOnce(core: OfficeCore, platform: Platform, i18n: Translator): void {
  if (notifying.has(core)) return;
  notifying.add(core);
  startCaseNotifications({ core, platform, i18n, showInApp: (notice) => showInApp(notice, i18n) });
}

/** The system would not show it (browser permission refused): a toast in the window, a click opens the case. */
function showInApp(notice: InAppNotice, i18n: Translator): void {
  notifications.show({
    id: `case-notice:${notice.id}`,
    color: 'orange',
    title: notice.title,
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{notice.body}</Text>
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          onClick={() => {
            notifications.hide(`case-notice:${notice.id}`);
            useUi.getState().navigate(parseRoute(notice.route));
          }}
        >
          {i18n.t('notify.open')}
        </Button>
      </Stack>
    ),
    autoClose: 15_000,
    withBorder: true,
  });
}

type GateState =
  { status: 'opening' } | { status: 'failed' } | { status: 'ready'; core: OfficeCore; session: SessionController };

/** Opens the office database; the app proper renders only once it is there. */
export function CoreGate({ platform }: { platform: Platform }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<GateState>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    openOnce().then(
      (core) => {
        if (!active) return;
        useUi.getState().setProfile(core.profile());
        const session = controllerFor(core, platform);
        // The book opens at once; sync catches up in the background (offline-first).
        void session.resume();
        notifyOnce(core, platform, i18n);
        setState({ status: 'ready', core, session });
      },
      (error: unknown) => {
        console.error('Could not open the office database', error);
        if (active) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, [attempt, platform, i18n]);

  if (state.status === 'ready') {
    return (
      <ServicesContext.Provider value={{ core: state.core, platform, session: state.session }}>
        <Shell />
      </ServicesContext.Provider>
    );
  }
  return (
    <Center h="100dvh" p="md">
      {state.status === 'opening' ? (
        <Stack align="center" gap="sm" data-testid="app-loading">
          <Loader />
          <Text c="dimmed">{t('app.loading')}</Text>
        </Stack>
      ) : (
        <Alert color="red" title={t('app.openFailedTitle')} maw={480}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('app.openFailedBody')}</Text>
            <Button
              variant="light"
              color="red"
              onClick={() => {
                setState({ status: 'opening' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Center>
  );
}
