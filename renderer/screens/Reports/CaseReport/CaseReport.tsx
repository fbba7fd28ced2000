import { BarChart, DonutChart } from '@mantine/charts';
import { Grid, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatsResponse } from '../../../../shared/sync';
import { EndpointResultView } from '../../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../../widgets/EndpointData/useEndpointResult';
import { useResolutionClient } from '../../../widgets/EndpointData/useResolutionClient';
import {
  durationWords,
  lastMonthTrend,
  monthBars,
  monthLabel,
  officePairRows,
  recentMonths,
  resolutionSlices,
  utcMonthOf,
} from './caseReportView';

const SPANS = ['3', '6', '12', '24'] as const;
const SLICE_COLORS = { rule: 'indigo.6', agreement: 'teal.6', decision: 'orange.6' } as const;

/**
 * The trend leads care about: how many conflicts each month, how they ended (the rules alone,
 * an agreement, a lead's decision), how long they took, and between which offices.
 */
export function CaseReport() {
  const { t } = useTranslation();
  const client = useResolutionClient();
  const [span, setSpan] = useState<(typeof SPANS)[number]>('12');
  // Whole months: the period is stable for the day, so re-renders do not re-ask the endpoint.
  const [now] = useState(() => Date.now());
  const period = recentMonths(Number(span), now);
  const { state, reload } = useEndpointResult(() => client.caseReport(period), [client, period.from, period.to]);
  return (
    <Stack
      gap="md"
      data-testid="case-report"
      data-state={state.loading ? 'loading' : state.result.ok ? 'ready' : 'failed'}
    >
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={3}>{t('reports.cases.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('reports.cases.intro')}
          </Text>
        </Stack>
        <Select
          label={t('reports.cases.span')}
          data={SPANS.map((value) => ({ value, label: t('reports.cases.lastMonths', { n: value }) }))}
          value={span}
          onChange={(value) => setSpan(SPANS.find((s) => s === value) ?? '12')}
          allowDeselect={false}
          w={200}
          data-testid="case-report-span"
        />
      </Group>
      <EndpointResultView
        state={state}
        onRetry={reload}
        isEmpty={(r) => r.stats.opened === 0}
        empty={<NoCases span={span} />}
      >
        {(response) => <CaseReportBody response={response} now={now} />}
      </EndpointResultView>
    </Stack>
  );
}

function NoCases({ span }: { span: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" data-testid="case-report-empty">
      <Stack gap={6} align="center" ta="center">
        <Text fw={600}>{t('reports.cases.emptyTitle', { n: span })}</Text>
        <Text c="dimmed" size="sm" maw={520}>
          {t('reports.cases.emptyBody')}
        </Text>
      </Stack>
    </Paper>
  );
}

function CaseReportBody({ response, now }: { response: CaseStatsResponse; now: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { stats } = response;
  const bars = monthBars(stats, locale);
  const slices = resolutionSlices(stats);
  const trend = lastMonthTrend(stats, utcMonthOf(now));
  const percent = (share: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const kindLabel = (kind: string) => t(`reports.cases.by_${kind}`);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Figure label={t('reports.cases.opened')} value={String(stats.opened)} testId="case-report-opened" />
        <Figure label={t('reports.cases.resolved')} value={String(stats.resolved)} testId="case-report-resolved" />
        <Figure
          label={t('reports.cases.medianTime')}
          value={
            stats.medianResolutionMs === null
              ? t('reports.cases.noneResolved')
              : durationWords(stats.medianResolutionMs, locale)
          }
          testId="case-report-median"
        />
      </SimpleGrid>
      {trend && (
        <Text data-testid="case-report-trend">
          {t(
            trend.opened < trend.previousOpened
              ? 'reports.cases.trendDown'
              : trend.opened > trend.previousOpened
                ? 'reports.cases.trendUp'
                : 'reports.cases.trendSame',
            {
              month: monthLabel(trend.month, locale),
              previous: monthLabel(trend.previousMonth, locale),
              n: trend.opened,
              m: trend.previousOpened,
            },
          )}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" h="100%" component="figure" m={0} aria-labelledby="cases-per-month">
            <Text fw={600} mb="sm" id="cases-per-month" component="figcaption">
              {t('reports.cases.perMonth')}
            </Text>
            <BarChart
              h={260}
              data={bars}
              dataKey="label"
              series={[
                { name: 'opened', label: t('reports.cases.opened'), color: 'indigo.6' },
                { name: 'resolved', label: t('reports.cases.resolved'), color: 'teal.6' },
              ]}
              withLegend
              tickLine="y"
              yAxisProps={{ allowDecimals: false }}
              data-testid="case-report-months"
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" h="100%" component="figure" m={0} aria-labelledby="cases-resolution">
            <Text fw={600} mb="sm" id="cases-resolution" component="figcaption">
              {t('reports.cases.howResolved')}
            </Text>
            {stats.resolved === 0 ? (
              <Text size="sm" c="dimmed">
                {t('reports.cases.noneResolvedYet')}
              </Text>
            ) : (
              <Stack gap="sm" align="center">
                <DonutChart
                  size={160}
                  thickness={26}
                  data={slices
                    .filter((s) => s.count > 0)
                    .map((s) => ({ name: kindLabel(s.kind), value: s.count, color: SLICE_COLORS[s.kind] }))}
                  chartLabel={stats.resolved}
                  withTooltip
                />
                <Stack
                  gap={4}
                  component="ul"
                  style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  w="100%"
                  data-testid="case-report-shares"
                >
                  {slices.map((s) => (
                    <Group
                      key={s.kind}
                      component="li"
                      justify="space-between"
                      gap="xs"
                      wrap="nowrap"
                      data-kind={s.kind}
                    >
                      <Group gap={6} wrap="nowrap">
                        <span
                          aria-hidden
                          style={{
                            width: 10,
                            height: 10,
                            borderRadius: 2,
                            background: `var(--mantine-color-${SLICE_COLORS[s.kind].replace('.', '-')})`,
                          }}
                        />
                        <Text size="sm">{kindLabel(s.kind)}</Text>
                      </Group>
                      <Text size="sm" fw={600}>
                        {t('reports.cases.shareOf', { share: percent(s.share), n: s.count })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" style={{ overflowX: 'auto' }}>
        <OfficePairTable response={response} percent={percent} />
      </Paper>
    </Stack>
  );
}

function OfficePairTable({ response, percent }: { response: CaseStatsResponse; percent(share: number): string }) {
  const { t, i18n } = useTranslation();
  const rows = officePairRows(response.stats, response.offices);
  return (
    <Table captionSide="top" striped data-testid="case-report-pairs">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
        {t('reports.cases.byOfficePair')}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.cases.offices')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.opened')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.resolved')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.medianTime')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.by_rule')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.by_agreement')}</Table.Th>
          <Table.Th ta="right">{t('reports.cases.by_decision')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-testid="case-report-pair">
            <Table.Td>
              {row.sameOffice
                ? t('reports.cases.insideOffice', { office: row.offices[0] })
                : t('reports.cases.betweenOffices', { a: row.offices[0], b: row.offices[1] })}
            </Table.Td>
            <Table.Td ta="right">{row.opened}</Table.Td>
            <Table.Td ta="right">{row.resolved}</Table.Td>
            <Table.Td ta="right">
              {row.medianResolutionMs === null ? '—' : durationWords(row.medianResolutionMs, i18n.language)}
            </Table.Td>
            <Table.Td ta="right">{row.resolved === 0 ? '—' : percent(row.shareByResolution.rule)}</Table.Td>
            <Table.Td ta="right">{row.resolved === 0 ? '—' : percent(row.shareByResolution.agreement)}</Table.Td>
            <Table.Td ta="right">{row.resolved === 0 ? '—' : percent(row.shareByResolution.decision)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
