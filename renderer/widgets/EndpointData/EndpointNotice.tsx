import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import type { EndpointFailure } from '../../sync/resolutionClient';
import { useSync } from '../../sync/sessionController';
import { failureWords } from './failureWords';

/**
 * Why an endpoint read failed, in words, with the one thing the person can do about it:
 * sign in (to the agency, or again) or try again. A screen may put its own title, and its own
 * words for "not signed in" (what the endpoint holds differs from screen to screen).
 */
export function EndpointNotice({
  failure,
  onRetry,
  testId,
  title,
  notSignedInBody,
}: {
  failure: EndpointFailure;
  onRetry(): void;
  testId?: string;
  title?: string;
  notSignedInBody?: string;
}) {
  const { t } = useTranslation();
  const connection = useSync((s) => s.connection.kind);
  const navigate = useUi((s) => s.navigate);
  const words = failureWords(failure, connection);
  const color = words.key === 'forbidden' || words.key === 'server' || words.key === 'invalid' ? 'red' : 'orange';
  return (
    <Alert
      color={color}
      variant="light"
      title={title ?? t(`reports.failure.${words.key}.title`)}
      data-testid={testId ?? 'endpoint-notice'}
      data-failure={words.key}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {words.key === 'not_signed_in' && notSignedInBody
            ? notSignedInBody
            : t(`reports.failure.${words.key}.body`, words.params)}
        </Text>
        {words.action && (
          <Group gap="xs">
            {words.action === 'signIn' ? (
              <Button size="xs" onClick={() => navigate({ name: 'signIn' })}>
                {t(connection === 'alone' ? 'reports.failure.signIn' : 'reports.failure.signInAgainButton')}
              </Button>
            ) : (
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('reports.failure.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
