import { Anchor, Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { LanguageSwitch } from '../../widgets/LanguageSwitch/LanguageSwitch';
import { ProfileForm } from '../../widgets/ProfileForm/ProfileForm';
import { SignInForm } from '../../widgets/SignInForm/SignInForm';
import { notifySignedIn } from '../SignIn/SignInScreen';

/**
 * First run: nothing can be saved before the core knows who owns the clients entered here —
 * either the agency account (sign in) or a name and office typed here (working alone).
 */
export function SetupScreen() {
  const { t } = useTranslation();
  const setProfile = useUi((s) => s.setProfile);
  const [mode, setMode] = useState<'alone' | 'signIn'>('alone');
  return (
    <Box bg="gray.0" mih="100dvh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={520} data-testid="setup-screen" data-setup-mode={mode}>
          {mode === 'alone' ? (
            <Stack gap="lg">
              <Stack gap={6}>
                <Title order={2}>{t('setup.title')}</Title>
                <Text c="dimmed" size="sm">
                  {t('setup.intro')}
                </Text>
              </Stack>
              <Paper bg="indigo.0" p="sm" radius="md">
                <Group justify="space-between" gap="sm" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {t('setup.signInOffer')}
                  </Text>
                  <Button
                    size="xs"
                    variant="filled"
                    onClick={() => setMode('signIn')}
                    data-testid="setup-sign-in"
                    style={{ flex: 'none' }}
                  >
                    {t('setup.signInOfferButton')}
                  </Button>
                </Group>
              </Paper>
              <ProfileForm submitLabel={t('setup.submit')} onSaved={setProfile} />
            </Stack>
          ) : (
            <Stack gap="lg">
              <Stack gap={6}>
                <Title order={2}>{t('signIn.title')}</Title>
                <Text c="dimmed" size="sm">
                  {t('signIn.intro')}
                </Text>
              </Stack>
              <SignInForm
                onSignedIn={(result) =>
                  notifySignedIn(t, result.persisted, result.profile.userName, result.profile.officeName)
                }
              />
              <Text size="sm" c="dimmed">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setMode('alone')}
                  data-testid="setup-work-alone"
                >
                  {t('setup.workAlone')}
                </Anchor>{' '}
                — {t('setup.workAloneHint')}
              </Text>
            </Stack>
          )}
        </Paper>
      </Center>
    </Box>
  );
}
