import { Affix, Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAppUpdate, useAppUpdate } from './appUpdate';

/** "A new version is available — update": a small offer in the corner; work goes on until it is taken. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useAppUpdate((s) => s.waiting);
  const [later, setLater] = useState<ServiceWorker | null>(null);
  if (!waiting || later === waiting) return null;
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={300}>
      <Paper withBorder shadow="md" p="sm" radius="md" data-testid="update-prompt" role="status">
        <Group gap="sm" wrap="nowrap">
          <Text size="sm">{t('update.available')}</Text>
          <Button size="xs" onClick={() => applyAppUpdate()} data-testid="update-apply">
            {t('update.apply')}
          </Button>
          <CloseButton size="sm" aria-label={t('update.later')} onClick={() => setLater(waiting)} />
        </Group>
      </Paper>
    </Affix>
  );
}
