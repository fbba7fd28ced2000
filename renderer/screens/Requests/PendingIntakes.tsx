import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { explainRoute } from '../../../shared/routing';

/** Requests taken while the endpoint was out of reach, waiting to be sent; a refused one says why and can be dropped. */
export function PendingIntakes() {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const pending = useObservable(() => core.pendingIntakes$, [core]);
  const language = i18n.language.startsWith('en') ? 'en' : 'ru';
  if (pending.loading || pending.value.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="pending-intakes">
      <Stack gap="xs">
        <Title order={4}>{t('requests.offline.waiting', { count: pending.value.length })}</Title>
        {pending.value.map((p) => (
          <Group key={p.request.externalId} justify="space-between" wrap="nowrap" data-testid="pending-intake">
            <Stack gap={2} miw={0}>
              <Text size="sm" fw={600} truncate>
                {p.request.name || p.request.phones[0] || p.request.emails[0]}
              </Text>
              <Text size="xs" c="dimmed">
                {p.refused
                  ? t('requests.offline.refused', { reason: p.refused })
                  : p.preliminary.route === 'freeDesk'
                    ? t('requests.offline.freeDesk')
                    : t('requests.offline.preliminary', { explanation: explainRoute(p.preliminary.reason, language) })}
              </Text>
            </Stack>
            {p.refused ? (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                onClick={() => void core.discardPendingIntake(p.request.externalId)}
              >
                {t('requests.offline.discard')}
              </Button>
            ) : (
              <Badge color="yellow" variant="light">
                {t('requests.offline.badge')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
