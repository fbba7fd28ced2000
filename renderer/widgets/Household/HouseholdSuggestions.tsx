import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import type { HouseholdSuggestion } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { errorText } from '../../i18n/errorText';

/** "Maybe family": the same manager's namesakes with a contact in common, offered — never linked by themselves. */
export function HouseholdSuggestions({ client }: { client: ClientDoc }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [suggestions, setSuggestions] = useState<HouseholdSuggestion[]>([]);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  useEffect(() => {
    let live = true;
    void core.suggestHouseholds(client.id).then((s) => live && setSuggestions(s));
    return () => {
      live = false;
    };
  }, [core, client.id, client.householdId]);
  const shown = suggestions.filter((s) => !dismissed.has(s.client.id));
  if (!shown.length) return null;
  const link = async (s: HouseholdSuggestion) => {
    const result = await core.linkHousehold(client.id, s.client.id);
    if (result.ok) {
      notifications.show({ color: 'teal', message: t('household.linked', { name: s.client.fullName }) });
      setDismissed((d) => new Set(d).add(s.client.id));
    } else notifications.show({ color: 'red', message: result.errors.map((e) => errorText(i18n, e)).join(' ') });
  };
  return (
    <Stack gap={6} data-testid="household-suggestions">
      {shown.map((s) => (
        <Group key={s.client.id} justify="space-between" wrap="nowrap" data-testid="household-suggestion">
          <Text size="sm" truncate>
            {t('household.suggestion', { name: s.client.fullName, why: t(`household.pattern.${s.pattern}`) })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void link(s)}
              data-testid="household-suggestion-link"
            >
              {t('household.suggestionLink')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={() => setDismissed((d) => new Set(d).add(s.client.id))}
            >
              {t('household.suggestionDismiss')}
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
