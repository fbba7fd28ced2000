import { Center, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { PayoutReport } from './PayoutReport/PayoutReport';
import { PlanReport } from './PlanReport/PlanReport';
import { RequestReport } from './RequestReport/RequestReport';

// The charts (recharts) are most of a megabyte: loaded when a lead opens the statistics, not at start.
const CaseReport = lazy(() => import('./CaseReport/CaseReport').then((m) => ({ default: m.CaseReport })));

/**
 * Reports: payouts for everyone signed in (a manager sees their own), case statistics for leads
 * and admins. Both are computed by the endpoint from every office's data, never on this computer.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const role = useUi((s) => s.profile?.role ?? 'manager');
  const [tab, setTab] = useState<string | null>('payouts');
  const leads = role === 'lead' || role === 'admin';
  return (
    <Stack gap="md" data-testid="reports-screen">
      <Stack gap={4}>
        <Title order={2}>{t('reports.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('reports.intro')}
        </Text>
      </Stack>
      {leads ? (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="payouts">{t('reports.tabPayouts')}</Tabs.Tab>
            <Tabs.Tab value="cases">{t('reports.tabCases')}</Tabs.Tab>
            <Tabs.Tab value="plans" data-testid="reports-tab-plans">
              {t('reports.tabPlans')}
            </Tabs.Tab>
            <Tabs.Tab value="requests" data-testid="reports-tab-requests">
              {t('reports.tabRequests')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="payouts" pt="md">
            <PayoutReport />
          </Tabs.Panel>
          <Tabs.Panel value="cases" pt="md">
            <Suspense
              fallback={
                <Center py="xl">
                  <Loader aria-label={t('reports.loading')} />
                </Center>
              }
            >
              <CaseReport />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="plans" pt="md">
            <PlanReport />
          </Tabs.Panel>
          <Tabs.Panel value="requests" pt="md">
            <RequestReport />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Stack gap="xl">
          <PlanReport />
          <PayoutReport />
        </Stack>
      )}
    </Stack>
  );
}
