import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestReport as Report } from '../../../../shared/sync';
import { EndpointResultView } from '../../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../../widgets/EndpointData/useEndpointResult';
import { useRequestsClient } from '../../Requests/useRequestsClient';
import { periodOf, thisMonth, type PeriodChoice } from '../PayoutReport/period';
import { PeriodPicker } from '../PayoutReport/PeriodPicker';

function minutes(ms: number | null, t: (key: string, params?: Record<string, unknown>) => string): string {
  return ms === null ? '—' : t('requests.minutes', { count: Math.round(ms / 60_000) });
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

/** Requests of the period: where they came from, where they went, how fast they were answered, what they became. */
export function RequestReport() {
  const { t, i18n } = useTranslation();
  const client = useRequestsClient();
  const [choice, setChoice] = useState<PeriodChoice>(() => thisMonth(Date.now()));
  const checked = periodOf(choice);
  const from = checked.ok ? checked.period.from : '';
  const to = checked.ok ? checked.period.to : '';
  const { state, reload } = useEndpointResult(() => client.report({ from, to }), [client, from, to]);
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  return (
    <Stack gap="md" data-testid="request-report">
      <Title order={3}>{t('reports.requests.title')}</Title>
      <PeriodPicker value={choice} onChange={setChoice} />
      <EndpointResultView
        state={state}
        onRetry={reload}
        isEmpty={(r: Report) => r.total === 0}
        empty={<Text c="dimmed">{t('reports.requests.empty')}</Text>}
      >
        {(r: Report) => {
          const toOwners = r.byRoute
            .filter((x) => x.route === 'owner' || x.route === 'household' || x.route === 'repeat')
            .reduce((sum, x) => sum + x.requests, 0);
          return (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Figure label={t('reports.requests.total')} value={String(r.total)} testId="request-report-total" />
                <Figure
                  label={t('reports.requests.toOwners')}
                  value={percent(toOwners / r.total)}
                  testId="request-report-owners"
                />
                <Figure
                  label={t('reports.requests.firstResponse')}
                  value={minutes(r.firstResponse.medianMs, t)}
                  testId="request-report-response"
                />
                <Figure
                  label={t('reports.requests.conversion')}
                  value={r.conversion === null ? '—' : percent(r.conversion)}
                  testId="request-report-conversion"
                />
              </SimpleGrid>
              <Text size="sm">
                {t('reports.requests.owedLeads', { given: r.owedLeads.given, outstanding: r.owedLeads.outstanding })}
              </Text>
              <Group align="flex-start" grow>
                <Table withTableBorder striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.requests.office')}</Table.Th>
                      <Table.Th>{t('reports.requests.channel')}</Table.Th>
                      <Table.Th ta="right">{t('reports.requests.count')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.byChannel.map((c) => (
                      <Table.Tr key={`${c.officeId}:${c.channel}`}>
                        <Table.Td>{c.officeName}</Table.Td>
                        <Table.Td>{t(`requests.channel.${c.channel}`)}</Table.Td>
                        <Table.Td ta="right">{c.requests}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Table withTableBorder striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.requests.route')}</Table.Th>
                      <Table.Th ta="right">{t('reports.requests.count')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.byRoute.map((x) => (
                      <Table.Tr key={x.route}>
                        <Table.Td>{t(`reports.requests.routes.${x.route}`)}</Table.Td>
                        <Table.Td ta="right">{x.requests}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Group>
            </Stack>
          );
        }}
      </EndpointResultView>
    </Stack>
  );
}
