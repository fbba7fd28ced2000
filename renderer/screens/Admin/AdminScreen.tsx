import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAccountsAdmin } from '../../../shared/endpoint';
import { useUi } from '../../state/uiStore';
import { useSessionCalls } from '../../widgets/EndpointData/useSessionCalls';
import { EndpointHealthPanel } from './EndpointHealthPanel';
import { LookupUsage } from './LookupUsage';
import { OfficesAndPeople } from './OfficesAndPeople';

/** The agency's administration, for admins: offices and people, the look-up budget and its use, the endpoint's health. */
export function AdminScreen() {
  const { t } = useTranslation();
  const isAdmin = useUi((s) => s.profile?.role === 'admin');
  if (!isAdmin)
    return (
      <Alert color="gray" title={t('admin.title')} data-testid="admin-only">
        {t('admin.adminOnly')}
      </Alert>
    );
  return <AdminConsole />;
}

function AdminConsole() {
  const { t } = useTranslation();
  const calls = useSessionCalls(createAccountsAdmin);
  const [tab, setTab] = useState<string | null>('people');
  return (
    <Stack gap="md" data-testid="admin-screen">
      <Stack gap={2}>
        <Title order={2}>{t('admin.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('admin.intro')}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="people" data-testid="admin-tab-people">
            {t('admin.tabs.people')}
          </Tabs.Tab>
          <Tabs.Tab value="lookups" data-testid="admin-tab-lookups">
            {t('admin.tabs.lookups')}
          </Tabs.Tab>
          <Tabs.Tab value="health" data-testid="admin-tab-health">
            {t('admin.tabs.health')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <OfficesAndPeople calls={calls} />
        </Tabs.Panel>
        <Tabs.Panel value="lookups" pt="md">
          <LookupUsage calls={calls} />
        </Tabs.Panel>
        <Tabs.Panel value="health" pt="md">
          <EndpointHealthPanel calls={calls} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
