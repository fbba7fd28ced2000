import { Alert, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { totalsOf, type Money, type PayoutReport } from '../../../../shared/payouts';
import { formatTotals } from '../../../format/money';
import type { PayoutNames } from './PayoutGroupTable';
import { reconcile } from './reconciliation';

/**
 * The bottom line: what is owed in all, the check that it adds up to the deals' margins to the
 * kopeck, and (for leads and admins) the totals per manager and per office side by side.
 */
export function PayoutTotals({
  report,
  names,
  ownOnly,
}: {
  report: PayoutReport;
  names: PayoutNames;
  ownOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const check = reconcile(report);
  const margins = formatTotals(report.marginTotals, locale);
  return (
    <Paper withBorder p="lg" data-testid="payout-totals">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={700}>{t('reports.payouts.overall')}</Text>
          <Text size="xl" fw={700} data-testid="payout-overall">
            {formatTotals(report.overall, locale)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('reports.payouts.dealCount', { n: report.dealCount })}
          </Text>
          {report.correctedDealCount > 0 && (
            <Text size="sm" c="dimmed" data-testid="payout-corrected-count">
              {t('reports.payouts.correctedDealCount', { count: report.correctedDealCount })}
            </Text>
          )}
        </Stack>
        {check.exact ? (
          <Alert color="teal" variant="light" p="sm" data-testid="payout-reconciles" data-reconciles="yes">
            {check.shared
              ? t(ownOnly ? 'reports.payouts.reconcilesOwnWithOthers' : 'reports.payouts.reconcilesWithOthers', {
                  owed: formatTotals(report.overall, locale),
                  others: formatTotals(report.otherScopeTotals, locale),
                  margins,
                })
              : t('reports.payouts.reconciles', { margins })}
          </Alert>
        ) : (
          <Alert color="red" variant="light" p="sm" data-testid="payout-reconciles" data-reconciles="no">
            {t('reports.payouts.doesNotReconcile', { owed: formatTotals(report.overall, locale), margins })}
          </Alert>
        )}
        {report.otherScopes.length > 0 && (
          <TotalsTable
            caption={t('reports.payouts.otherScopeTotals')}
            testId="payout-other-scope-totals"
            rows={otherScopeRows(report, names, t)}
          />
        )}
        {!ownOnly && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <TotalsTable
              caption={t('reports.payouts.totalsByManager')}
              rows={report.totalsByManager.map((r) => ({
                key: r.managerId,
                name: names.manager(r.managerId),
                totals: r.totals,
              }))}
            />
            <TotalsTable
              caption={t('reports.payouts.totalsByOffice')}
              rows={report.totalsByOffice.map((r) => ({
                key: r.officeId,
                name: names.office(r.officeId),
                totals: r.totals,
              }))}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

/** The other offices' shares of the reader's deals, one row per office (a colleague's own office labelled so). */
function otherScopeRows(report: PayoutReport, names: PayoutNames, t: TFunction) {
  const offices = [...new Set(report.otherScopes.map((s) => s.officeId))];
  return offices.map((officeId) => ({
    key: officeId,
    name:
      officeId === names.ownOfficeId
        ? t('reports.payouts.colleaguesOfOwnOffice', { office: names.office(officeId) })
        : names.office(officeId),
    totals: totalsOf(report.otherScopes.filter((s) => s.officeId === officeId).map((s) => s.owed)),
  }));
}

function TotalsTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: Array<{ key: string; name: string; totals: Money[] }>;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table captionSide="top" withTableBorder data-testid={testId}>
      <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.payouts.name')}</Table.Th>
          <Table.Th ta="right">{t('reports.payouts.owed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatTotals(row.totals, i18n.language)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
