import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SideNames } from '../TermsForm/termsSentence';
import { outcomeText, reasonsText, ruleTitle, type RecommendationInfo } from './recommendationText';

/**
 * What the agency's regulations say about this case and why, so the managers start from the
 * written rule rather than from who shouts louder. A recommendation this office computed
 * itself is labelled preliminary until the endpoint's arrives.
 */
export function RecommendationCard({
  info,
  names,
  deadline,
}: {
  info: RecommendationInfo;
  names: SideNames;
  deadline: string | null;
}) {
  const { t, i18n } = useTranslation();
  const why = reasonsText(i18n, info);
  return (
    <Paper
      withBorder
      p="lg"
      data-testid="case-recommendation"
      data-outcome={info.outcome.type}
      data-provisional={info.provisional}
    >
      <Stack gap={6}>
        <Group gap="sm">
          <Text fw={600}>{t('resolution.recommendationTitle')}</Text>
          {info.provisional && (
            <Badge color="yellow" variant="light" data-testid="case-recommendation-provisional">
              {t('resolution.provisional')}
            </Badge>
          )}
        </Group>
        <Text fw={600} data-testid="case-recommendation-outcome">
          {outcomeText(i18n, info.outcome, names)}
        </Text>
        <Text size="sm" data-testid="case-recommendation-rule">
          {ruleTitle(i18n, info)}
          {why && `: ${why}.`}
        </Text>
        {deadline && (
          <Text size="sm" fw={500} c="orange.8" data-testid="case-deadline">
            {deadline}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
