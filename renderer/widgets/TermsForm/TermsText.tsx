import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Terms } from '../../../shared/workflow';
import { termsSentence, type SideNames } from './termsSentence';

/** Terms as people read them: the sentence, then the note in the author's own words. */
export function TermsText({ terms, names, testId }: { terms: Terms; names: SideNames; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={500} data-testid={testId ? `${testId}-sentence` : undefined}>
        {termsSentence(i18n, terms, names)}
      </Text>
      {terms.note && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('resolution.timeline.note', { text: terms.note })}
        </Text>
      )}
    </Stack>
  );
}
