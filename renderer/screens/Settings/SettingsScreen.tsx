import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { AccountSection } from './AccountSection';
import { LanguageSwitch } from '../../widgets/LanguageSwitch/LanguageSwitch';
import { NotificationSettingsSection } from './NotificationSettingsSection';
import { ProfileForm } from '../../widgets/ProfileForm/ProfileForm';

export function SettingsScreen() {
  const { t } = useTranslation();
  const profile = useUi((s) => s.profile);
  const setProfile = useUi((s) => s.setProfile);
  return (
    <Stack gap="lg" maw={560}>
      <Title order={2}>{t('settings.title')}</Title>
      <AccountSection />
      <NotificationSettingsSection />
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Text fw={600}>{t('settings.profileTitle')}</Text>
          <ProfileForm
            initial={profile}
            submitLabel={t('settings.save')}
            onSaved={(saved) => {
              setProfile(saved);
              notifications.show({ color: 'teal', message: t('settings.saved') });
            }}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Stack gap="md" align="flex-start">
          <Text fw={600}>{t('settings.languageTitle')}</Text>
          <LanguageSwitch size="sm" />
        </Stack>
      </Paper>
    </Stack>
  );
}
