import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../core/CoreContext';
import { useSync } from '../../sync/sessionController';
import { InfoIcon } from '../Icons/Icons';

const DISMISSED_KEY = 'claimdesk.notifyPromptDismissed';

function dismissedBefore(): boolean {
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * In a browser, once signed in: explains why Claimdesk wants to notify and asks on a click (browsers
 * only prompt after one). "Not now" is remembered; Settings keeps the button.
 */
export function NotificationPrompt() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const signedIn = useSync((s) => s.connection.kind === 'signedIn');
  const [hidden, setHidden] = useState(dismissedBefore);
  const [permission, setPermission] = useState(() => platform.notificationPermission());
  if (!signedIn || hidden || permission !== 'default') return null;

  const later = () => {
    try {
      window.localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Storage disabled: it asks again next time, no harm.
    }
    setHidden(true);
  };
  const allow = async () => {
    const next = await platform.requestNotificationPermission();
    setPermission(next);
    if (next === 'denied') notifications.show({ color: 'gray', message: t('notify.denied') });
  };
  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<InfoIcon />}
      title={t('notify.promptTitle')}
      mb="md"
      data-testid="notify-prompt"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('notify.promptBody')}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => void allow()} data-testid="notify-prompt-allow">
            {t('notify.promptAllow')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={later} data-testid="notify-prompt-later">
            {t('notify.promptLater')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
