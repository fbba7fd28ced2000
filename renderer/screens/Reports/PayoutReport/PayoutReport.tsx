import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutReportResponse } from '../../../../shared/sync';
import { useUi } from '../../../state/uiStore';
import { EndpointResultView } from '../../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../../widgets/EndpointData/useEndpointResult';
import { useResolutionClient } from '../../../widgets/EndpointData/useResolutionClient';
import { downloadCsv } from '../../../widgets/Download/csvFile';
import { payoutCsv } from './payoutCsv';
import { downloadBlob } from '../../../widgets/Download/downloadFile';
import { PayoutGroupTable, type PayoutNames } from './PayoutGroupTable';
import { PayoutTotals } from './PayoutTotals';
import { payoutSheet } from './payoutSheet';
import {
  payoutFileName,
  periodLabel,
  periodOf,
  previousMonth,
  shiftMonth,
  thisMonth,
  type PeriodChoice,
} from './period';
import { PeriodPicker } from './PeriodPicker';
import { useClientLabels } from './useClientLabels';

/**
 * "Who gets the bonus": every paid deal of the period with each manager's share and what is
 * owed, grouped by manager or by office, with totals that must match the deals' margins.
 * A manager sees their own payouts; leads their office's; admins everyone's (the endpoint decides).
 */
export function PayoutReport() {
  const { t, i18n } = useTranslation();
  const role = useUi((s) => s.profile?.role ?? 'manager');
  const ownOfficeId = useUi((s) => s.profile?.officeId ?? null);
  const client = useResolutionClient();
  const [choice, setChoice] = useState<PeriodChoice>(() => thisMonth(Date.now()));
  const [by, setBy] = useState<'manager' | 'office'>('manager');
  const [exportingXlsx, setExportingXlsx] = useState(false);
  const checked = periodOf(choice);
  const from = checked.ok ? checked.period.from : '';
  const to = checked.ok ? checked.period.to : '';
  const { state, reload } = useEndpointResult(() => client.payoutReport({ from, to, by }), [client, from, to, by]);
  const ownOnly = role === 'manager';

  const report = !state.loading && state.result.ok ? state.result.value : null;
  const clientLabels = useClientLabels(
    report ? report.report.groups.flatMap((g) => g.lines.map((l) => l.clientId)) : [],
  );
  const names: PayoutNames | null = report && {
    manager: (id) => report.managers[id] ?? id,
    office: (id) => report.offices[id] ?? id,
    client: (id) => clientLabels.get(id) ?? t('reports.payouts.otherOfficeClient'),
    ownOfficeId,
  };
  const nothing = (r: PayoutReportResponse) => r.report.dealCount + r.report.correctedDealCount === 0;

  // Built here from the report on screen, like the XLSX: names, the UI language, local dates.
  const exportCsv = () => {
    if (!report || !names) return;
    try {
      downloadCsv(payoutFileName(choice, by), payoutCsv(payoutSheet(report, names.client, t), i18n.language));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('reports.payouts.exportFailed'),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  // Built here from the report on screen; the writer (and fflate) load only when first asked for.
  const exportXlsx = async () => {
    if (!report || !names) return;
    setExportingXlsx(true);
    try {
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const sheet = payoutSheet(report, names.client, t);
      const blob = await writeXlsxFile(sheet.rows, {
        sheet: sheet.name,
        columns: sheet.columns,
        stickyRowsCount: 1,
      }).toBlob();
      downloadBlob(payoutFileName(choice, by, 'xlsx'), blob);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('reports.payouts.exportXlsxFailed'),
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setExportingXlsx(false);
    }
  };

  return (
    <Stack gap="md" data-testid="payout-report" data-state={state.loading ? 'loading' : report ? 'ready' : 'failed'}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={3}>{t(ownOnly ? 'reports.payouts.titleOwn' : 'reports.payouts.title')}</Title>
          <Text size="sm" c="dimmed">
            {t(ownOnly ? 'reports.payouts.introOwn' : 'reports.payouts.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={exportCsv}
            disabled={!report || nothing(report)}
            data-testid="payout-export"
          >
            {t('reports.payouts.exportCsv')}
          </Button>
          <Button
            variant="default"
            onClick={() => void exportXlsx()}
            loading={exportingXlsx}
            disabled={!report || nothing(report)}
            data-testid="payout-export-xlsx"
          >
            {t('reports.payouts.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <Group gap="lg" align="flex-end" wrap="wrap">
        <PeriodPicker value={choice} onChange={setChoice} />
        {!ownOnly && (
          <SegmentedControl
            aria-label={t('reports.payouts.groupBy')}
            value={by}
            onChange={(value) => setBy(value === 'office' ? 'office' : 'manager')}
            data={[
              { value: 'manager', label: t('reports.payouts.byManager') },
              { value: 'office', label: t('reports.payouts.byOffice') },
            ]}
            data-testid="payout-group-by"
          />
        )}
      </Group>
      <Text fw={600} data-testid="payout-period-label">
        {periodLabel(choice, i18n.language)}
      </Text>
      <EndpointResultView
        state={state}
        onRetry={reload}
        isEmpty={nothing}
        empty={<EmptyPeriod choice={choice} onPrevious={() => setChoice(previousOf(choice))} />}
      >
        {(response) => names && <ReportBody response={response} names={names} ownOnly={ownOnly} />}
      </EndpointResultView>
    </Stack>
  );
}

function ReportBody({
  response,
  names,
  ownOnly,
}: {
  response: PayoutReportResponse;
  names: PayoutNames;
  ownOnly: boolean;
}) {
  const { report } = response;
  return (
    <Stack gap="lg">
      {report.groups.map((group) => (
        <Paper key={group.key} withBorder p="md" style={{ overflowX: 'auto' }}>
          <PayoutGroupTable group={group} by={report.by} names={names} otherScopes={report.otherScopes} />
        </Paper>
      ))}
      <PayoutTotals report={report} names={names} ownOnly={ownOnly} />
    </Stack>
  );
}

function EmptyPeriod({ choice, onPrevious }: { choice: PeriodChoice; onPrevious(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xl" data-testid="payout-empty">
      <Stack gap={6} align="center" ta="center">
        <Text fw={600}>{t('reports.payouts.emptyTitle', { period: periodLabel(choice, i18n.language) })}</Text>
        <Text c="dimmed" size="sm" maw={560}>
          {t('reports.payouts.emptyBody')}
        </Text>
        {choice.kind === 'month' && (
          <Button variant="subtle" onClick={onPrevious}>
            {t('reports.payouts.showPreviousMonth')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** The month before the one shown (or before the current one, for a range). */
function previousOf(choice: PeriodChoice): PeriodChoice {
  return choice.kind === 'month' ? { kind: 'month', month: shiftMonth(choice.month, -1) } : previousMonth(Date.now());
}
