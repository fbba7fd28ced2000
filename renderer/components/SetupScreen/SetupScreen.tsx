import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { ProfileForm } from '../ProfileForm/ProfileForm';

/** First run: nothing can be saved before the core knows who owns the clients entered here. */
export function SetupScreen() {
  const { t } = useTranslation();
  const setProfile = useUi((s) => s.setProfile);
  return (
    <Box bg="gray.0" mih="100dvh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={520} data-testid="setup-screen">
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={2}>{t('setup.title')}</Title>
              <Text c="dimmed" size="sm">
                {t('setup.intro')}
              </Text>
            </Stack>
            <ProfileForm submitLabel={t('setup.submit')} onSaved={setProfile} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
