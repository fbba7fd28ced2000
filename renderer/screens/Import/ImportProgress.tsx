import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeLeftMs } from './importView';

/**
 * A long step of the import: a bar, the counts, the time left, and a stop that takes effect between
 * batches. A step without a unit has no counts to show: its bar only says that work goes on.
 */
export function ImportProgress({
  label,
  done,
  total,
  unit,
  pace,
  onStop,
}: {
  label: string;
  done: number;
  total: number;
  unit?: 'keys' | 'clients';
  /** When the step started and when `done` was reached, for the time left. */
  pace?: { startedAt: number; at: number };
  onStop?(): void;
}) {
  const { t, i18n } = useTranslation();
  const left = pace ? timeLeftMs(pace.startedAt, pace.at, done, total) : null;
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-progress" data-done={done} data-total={total}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          {onStop && (
            <Button size="xs" variant="default" onClick={onStop} data-testid="import-stop">
              {t('import.stop')}
            </Button>
          )}
        </Group>
        {unit ? (
          <>
            <Progress value={total ? (done / total) * 100 : 0} aria-label={label} />
            <Text size="xs" c="dimmed">
              {t(`import.progress.${unit}`, { done: number(done), total: number(total), count: total })}
              {left !== null && ` · ${t('import.timeLeft', { seconds: Math.ceil(left / 1000) })}`}
            </Text>
          </>
        ) : (
          <Progress value={100} striped animated aria-label={label} />
        )}
      </Stack>
    </Paper>
  );
}
