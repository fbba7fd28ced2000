import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { SignInForm } from '../../widgets/SignInForm/SignInForm';

/** Sign-in from the header or the settings; prefilled with the last account when signing in again. */
export function SignInScreen() {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const connection = useSync((s) => s.connection);
  const previous = connection.kind === 'alone' ? null : connection.session;
  return (
    <Stack gap="lg" maw={560} data-testid="sign-in-screen">
      <Title order={2}>{connection.kind === 'signInAgain' ? t('signIn.againTitle') : t('signIn.title')}</Title>
      {connection.kind === 'signInAgain' ? (
        <Alert color="orange" variant="light">
          {t('signIn.againBody')}
        </Alert>
      ) : (
        <Text c="dimmed" size="sm">
          {t('signIn.intro')}
        </Text>
      )}
      <Paper withBorder p="lg">
        <SignInForm
          initialEndpoint={previous?.endpoint}
          initialUsername={undefined}
          onSignedIn={(result) => {
            notifySignedIn(t, result.persisted, result.profile.userName, result.profile.officeName);
            navigate({ name: 'book' });
          }}
          onCancel={() => window.history.back()}
        />
      </Paper>
    </Stack>
  );
}

export function notifySignedIn(
  t: (key: string, options?: Record<string, unknown>) => string,
  persisted: boolean,
  user: string,
  office: string,
): void {
  notifications.show({ color: 'teal', message: t('signIn.success', { user, office }) });
  if (!persisted) notifications.show({ color: 'orange', message: t('signIn.notKept'), autoClose: false });
}
