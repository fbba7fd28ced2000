import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NameHint } from '../../../shared/office';
import { InfoIcon } from '../Icons/Icons';

/**
 * Quiet on purpose: a similar name is how spouses and namesakes look too, so it informs and never alarms.
 * No link here: leaving the form would lose what the manager has typed.
 */
export function NameHints({ hints }: { hints: NameHint[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="outline"
      icon={<InfoIcon />}
      title={t('duplicates.hintTitle')}
      data-testid="name-hints"
    >
      <List size="sm" spacing={4} listStyleType="none" ml={0}>
        {hints.map((hint) => (
          <List.Item key={hint.clientId} data-testid="name-hint">
            <Text size="sm">{t('duplicates.hintBody', { name: hint.fullName, owner: hint.ownerName })}</Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t('duplicates.hintNote')}
      </Text>
    </Alert>
  );
}
