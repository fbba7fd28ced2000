import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LongText } from '../LongText/LongText';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { formatDateTime } from '../../format/dates';
import { ActivityForm } from './ActivityForm';

const TYPE_COLORS = {
  call: 'blue',
  email: 'grape',
  meeting: 'teal',
  quote: 'orange',
  booking: 'green',
  deal: 'cyan',
} as const;

/** The client's history, newest first: evidence of who did the work when ownership is disputed. */
export function ActivityLog({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const activities = useObservable(() => core.activities$(clientId), [core, clientId]);
  const list = activities.loading ? [] : activities.value;
  return (
    <Paper withBorder p="lg" data-testid="activity-log">
      <Stack gap="md">
        <Text fw={600}>{t('activity.title')}</Text>
        <ActivityForm clientId={clientId} />
        {!activities.loading && list.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('activity.empty')}
          </Text>
        )}
        <Stack gap="xs">
          {list.map((a) => (
            <Paper key={a.id} withBorder p="sm" radius="sm" bg="gray.0" data-testid="activity-item">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Badge variant="light" color={TYPE_COLORS[a.type]}>
                  {t(`activity.type_${a.type}`)}
                </Badge>
                <Text size="xs" c="dimmed" ta="right">
                  {formatDateTime(a.at, i18n.language)} · {t('activity.by', { author: a.authorName })}
                  {a.statedAs?.at !== undefined &&
                    ` · ${t('activity.statedAs', { time: formatDateTime(a.statedAs.at, i18n.language) })}`}
                </Text>
              </Group>
              {a.deal && (
                <Text size="sm" mt={6} data-testid="activity-deal">
                  {a.deal.title} · {t(`deals.status_${a.deal.status}`)}
                </Text>
              )}
              {a.note && (
                <LongText size="sm" mt={6}>
                  {a.note}
                </LongText>
              )}
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
