import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../core/CoreContext';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';

/** Settings: who this workstation is signed in as, and signing in or out. */
export function AccountSection() {
  const { t } = useTranslation();
  const { core, session } = useServices();
  const connection = useSync((s) => s.connection);
  const navigate = useUi((s) => s.navigate);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    try {
      await session.signOut();
      setConfirming(false);
      notifications.show({ color: 'gray', message: t('account.signedOut') });
    } finally {
      setBusy(false);
    }
  };
  const pending = core.pendingChanges();

  return (
    <Paper withBorder p="lg" data-testid="account-section">
      <Stack gap="sm" align="flex-start">
        <Text fw={600}>{t('account.title')}</Text>
        {connection.kind === 'alone' ? (
          <>
            <Text size="sm" c="dimmed">
              {t('account.aloneBody')}
            </Text>
            <Button onClick={() => navigate({ name: 'signIn' })} data-testid="account-sign-in">
              {t('account.signIn')}
            </Button>
          </>
        ) : (
          <>
            <Text size="sm" data-testid="account-signed-in">
              {t('account.signedIn', { user: connection.session.userName, office: connection.session.officeName })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('account.server', { endpoint: connection.session.endpoint })}
            </Text>
            {connection.kind === 'signedIn' && !connection.persisted && (
              <Alert color="orange" variant="light" p="xs">
                {t('account.notKept')}
              </Alert>
            )}
            {confirming ? (
              <Alert color="orange" variant="light" title={t('account.signOutConfirmTitle')} w="100%">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('account.signOutPending', { count: pending })}</Text>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      color="orange"
                      loading={busy}
                      onClick={() => void signOut()}
                      data-testid="account-sign-out-confirm"
                    >
                      {t('account.signOut')}
                    </Button>
                    <Button size="xs" variant="subtle" color="gray" onClick={() => setConfirming(false)}>
                      {t('signIn.cancel')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Group gap="xs">
                {connection.kind === 'signInAgain' && (
                  <Button onClick={() => navigate({ name: 'signIn' })} data-testid="account-sign-in">
                    {t('sync.signIn')}
                  </Button>
                )}
                <Button
                  variant="default"
                  loading={busy}
                  onClick={() => (pending > 0 ? setConfirming(true) : void signOut())}
                  data-testid="account-sign-out"
                >
                  {t('account.signOut')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
