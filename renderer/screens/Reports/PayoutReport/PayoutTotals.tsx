import { Alert, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Money, PayoutReport } from '../../../../shared/payouts';
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
        </Stack>
        {check.exact ? (
          <Alert color="teal" variant="light" p="sm" data-testid="payout-reconciles" data-reconciles="yes">
            {t('reports.payouts.reconciles', { margins })}
          </Alert>
        ) : ownOnly ? (
          <Alert color="gray" variant="light" p="sm" data-testid="payout-reconciles" data-reconciles="own">
            {t('reports.payouts.ownShareOfMargins', { owed: formatTotals(report.overall, locale), margins })}
          </Alert>
        ) : (
          <Alert color="red" variant="light" p="sm" data-testid="payout-reconciles" data-reconciles="no">
            {t('reports.payouts.doesNotReconcile', { owed: formatTotals(report.overall, locale), margins })}
          </Alert>
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

function TotalsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: Array<{ key: string; name: string; totals: Money[] }>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table captionSide="top" withTableBorder>
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
