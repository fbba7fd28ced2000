import { Button, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationSettings } from '../../../shared/notify/notificationRules';
import { useServices } from '../../core/CoreContext';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';

/** Settings: which duplicates to hear about, and (in a browser) whether the system may show them. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  const { core, platform } = useServices();
  const profile = useUi((s) => s.profile);
  const sessionRole = useSync((s) => (s.connection.kind === 'alone' ? null : s.connection.session.role));
  const role = profile?.role ?? sessionRole ?? 'manager';
  const [settings, setSettings] = useState<NotificationSettings>(() => core.notificationSettings());
  const [permission, setPermission] = useState(() => platform.notificationPermission());

  const change = (next: NotificationSettings) => {
    const previous = settings;
    setSettings(next);
    core.setNotificationSettings(next).then(
      () => notifications.show({ color: 'teal', message: t('settings.saved') }),
      (error: unknown) => {
        console.error('Could not save notification settings', error);
        setSettings(previous);
        notifications.show({ color: 'red', message: t('errors.generic') });
      },
    );
  };

  return (
    <Paper withBorder p="lg" data-testid="notification-settings">
      <Stack gap="md" align="flex-start">
        <Text fw={600}>{t('settings.notificationsTitle')}</Text>
        <Switch
          checked={settings.duplicateOfMyClient}
          onChange={(event) => change({ ...settings, duplicateOfMyClient: event.currentTarget.checked })}
          label={t('settings.notifyMyClient')}
          description={t('settings.notifyMyClientHelp')}
          data-testid="notify-my-client"
        />
        {(role === 'lead' || role === 'admin') && (
          <Switch
            checked={settings.officeCases}
            onChange={(event) => change({ ...settings, officeCases: event.currentTarget.checked })}
            label={t('settings.notifyOffice')}
            description={t('settings.notifyOfficeHelp')}
            data-testid="notify-office"
          />
        )}
        {platform.kind === 'web' && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed" data-testid="notify-permission" data-permission={permission}>
              {t(
                permission === 'granted'
                  ? 'settings.notifyGranted'
                  : permission === 'denied'
                    ? 'settings.notifyDenied'
                    : permission === 'unsupported'
                      ? 'settings.notifyUnsupported'
                      : 'settings.notifyDefault',
              )}
            </Text>
            {permission === 'default' && (
              <Button
                size="xs"
                variant="light"
                onClick={() => void platform.requestNotificationPermission().then(setPermission)}
                data-testid="notify-allow"
              >
                {t('settings.notifyAllow')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
