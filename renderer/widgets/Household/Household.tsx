import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { of } from 'rxjs';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { errorText } from '../../i18n/errorText';
import { routePath } from '../../state/routes';
import { HouseholdPicker } from './HouseholdPicker';
import { HouseholdSuggestions } from './HouseholdSuggestions';

/** Spouse and family who travel together: requests from their numbers belong with the same manager. */
export function Household({ client }: { client: ClientDoc }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [picking, setPicking] = useState(false);
  const members = useObservable(
    () => (client.householdId ? core.householdMembers$(client.householdId) : of([])),
    [core, client.householdId],
  );
  const others = members.loading ? [] : members.value.filter((m) => m.id !== client.id);

  const unlink = async (member: Pick<ClientDoc, 'id' | 'fullName'>) => {
    const result = await core.unlinkHousehold(member.id);
    if (result.ok) notifications.show({ color: 'teal', message: t('household.removed', { name: member.fullName }) });
    else notifications.show({ color: 'red', message: result.errors.map((e) => errorText(i18n, e)).join(' ') });
  };

  return (
    <Paper withBorder p="lg" data-testid="household">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>{t('household.title')}</Text>
          <Button variant="light" size="compact-sm" onClick={() => setPicking(true)} data-testid="household-link">
            {t('household.link')}
          </Button>
        </Group>
        {others.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('household.empty')}
          </Text>
        ) : (
          <Stack gap={6}>
            {others.map((member) => (
              <Group key={member.id} justify="space-between" wrap="nowrap" data-testid="household-member">
                <Anchor href={`#${routePath({ name: 'client', id: member.id })}`} truncate>
                  {member.fullName}
                </Anchor>
                <Button
                  variant="subtle"
                  color="gray"
                  size="compact-xs"
                  aria-label={t('household.removeMember', { name: member.fullName })}
                  onClick={() => void unlink(member)}
                >
                  {t('household.remove')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <HouseholdSuggestions client={client} />
        {others.length > 0 && (
          <Group>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => void unlink(client)}
              data-testid="household-leave"
            >
              {t('household.leave')}
            </Button>
          </Group>
        )}
      </Stack>
      <HouseholdPicker
        client={client}
        exclude={new Set([client.id, ...others.map((m) => m.id)])}
        opened={picking}
        onClose={() => setPicking(false)}
      />
    </Paper>
  );
}
