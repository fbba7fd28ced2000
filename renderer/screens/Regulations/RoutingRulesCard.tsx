import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRules } from '../../../shared/routing';
import { EndpointResultView } from '../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../widgets/EndpointData/useEndpointResult';
import { useRequestsClient } from '../Requests/useRequestsClient';

const OWNER_AWAY: RoutingRules['ownerAway'][] = ['lead', 'colleague', 'owner'];
const COMPANY: RoutingRules['companyContacts'][] = ['freeDesk', 'companyManager'];

/** How requests are routed when the client's owner is away, and for new contacts of a known company. */
export function RoutingRulesCard({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const client = useRequestsClient();
  const { state, reload, replace } = useEndpointResult(() => client.routingRules(), [client]);
  const [error, setError] = useState<string | null>(null);
  const save = async (rules: RoutingRules) => {
    const result = await client.setRoutingRules(rules);
    if (result.ok) {
      replace(result.value);
      setError(null);
    } else setError('message' in result.failure ? result.failure.message : t('requests.actionFailed'));
  };
  return (
    <Paper withBorder p="md" data-testid="routing-rules">
      <Stack gap="sm">
        <Title order={3}>{t('regulations.routing.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('regulations.routing.intro')}
        </Text>
        <EndpointResultView state={state} onRetry={reload} isEmpty={() => false} empty={null}>
          {(rules: RoutingRules) => (
            <Group grow align="flex-start">
              <Select
                label={t('regulations.routing.ownerAway')}
                value={rules.ownerAway}
                disabled={!mayEdit}
                allowDeselect={false}
                data={OWNER_AWAY.map((v) => ({ value: v, label: t(`regulations.routing.ownerAway_${v}`) }))}
                onChange={(v) => v && void save({ ...rules, ownerAway: v as RoutingRules['ownerAway'] })}
                data-testid="routing-owner-away"
              />
              <Select
                label={t('regulations.routing.companyContacts')}
                value={rules.companyContacts}
                disabled={!mayEdit}
                allowDeselect={false}
                data={COMPANY.map((v) => ({ value: v, label: t(`regulations.routing.companyContacts_${v}`) }))}
                onChange={(v) => v && void save({ ...rules, companyContacts: v as RoutingRules['companyContacts'] })}
                data-testid="routing-company"
              />
            </Group>
          )}
        </EndpointResultView>
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
