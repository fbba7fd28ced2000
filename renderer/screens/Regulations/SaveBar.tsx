import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointFailure } from '../../sync/resolutionClient';
import { EndpointNotice } from '../../widgets/EndpointData/EndpointNotice';

/**
 * Unsaved changes: a note for the history and "save as version N+1". A stale version (someone
 * saved meanwhile) is said plainly, with the way out: reload.
 */
export function SaveBar(props: {
  nextVersion: number;
  basedOn: number;
  note: string;
  noteError: string | undefined;
  saving: boolean;
  failure: EndpointFailure | null;
  blocked: boolean;
  onNote(note: string): void;
  onSave(): void;
  onDiscard(): void;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const { failure } = props;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      style={{ borderColor: 'var(--mantine-color-orange-4)' }}
      data-testid="regulations-save-bar"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{t('regulations.unsavedTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('regulations.unsavedBody')}
          </Text>
        </Stack>
        <Textarea
          label={t('regulations.note')}
          placeholder={t('regulations.notePlaceholder')}
          value={props.note}
          onChange={(e) => props.onNote(e.currentTarget.value)}
          error={props.noteError}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {props.blocked && (
          <Alert color="red" variant="light" p="xs">
            {t('regulations.fixFirst')}
          </Alert>
        )}
        {failure?.code === 'conflict' ? (
          <Alert
            color="orange"
            variant="light"
            title={t('regulations.conflictTitle')}
            data-testid="regulations-conflict"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('regulations.conflictBody', { version: props.basedOn })}</Text>
              <Button size="xs" onClick={props.onReload}>
                {t('regulations.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : failure && failure.code !== 'invalid' ? (
          <EndpointNotice
            failure={failure}
            onRetry={props.onSave}
            title={t('regulations.saveFailed')}
            testId="regulations-save-failure"
          />
        ) : failure?.code === 'invalid' && failure.errors.length === 0 ? (
          <Alert color="red" variant="light" title={t('regulations.saveFailed')}>
            {failure.message}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button
            onClick={props.onSave}
            loading={props.saving}
            disabled={failure?.code === 'conflict'}
            data-testid="regulations-save"
          >
            {t('regulations.save', { version: props.nextVersion })}
          </Button>
          <Button variant="subtle" color="gray" onClick={props.onDiscard} disabled={props.saving}>
            {t('regulations.discard')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
