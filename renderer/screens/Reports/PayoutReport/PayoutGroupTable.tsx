import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { totalsOf, type PayoutGroup } from '../../../../shared/payouts';
import { formatMoney, formatTotals } from '../../../format/money';

/** Why the manager gets this share, next to it, so nobody has to ask. */
const REASON_KEYS = {
  'first-order': 'reasonFirstOrder',
  'later-order': 'reasonLaterOrder',
  'outside-terms': 'reasonOutsideTerms',
  'no-split': 'reasonNoSplit',
} as const;

export interface PayoutNames {
  manager(id: string): string;
  office(id: string): string;
  client(id: string): string;
}

/**
 * One manager's (or office's) paid deals in the period: the table's caption is the group's name,
 * so a screen reader and a test find "Petya Ivanov"'s table by it.
 */
export function PayoutGroupTable({
  group,
  by,
  names,
}: {
  group: PayoutGroup;
  by: 'manager' | 'office';
  names: PayoutNames;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = by === 'manager' ? names.manager(group.key) : names.office(group.key);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const credited = totalsOf(group.lines.map((l) => l.amountShare));
  return (
    <Table withTableBorder striped highlightOnHover captionSide="top" data-testid="payout-group" data-group={group.key}>
      <Table.Caption
        style={{
          textAlign: 'left',
          fontWeight: 700,
          fontSize: 'var(--mantine-font-size-md)',
          color: 'var(--mantine-color-text)',
        }}
      >
        {title}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.payouts.deal')}</Table.Th>
          <Table.Th>{t('reports.payouts.client')}</Table.Th>
          {by === 'office' && <Table.Th>{t('reports.payouts.manager')}</Table.Th>}
          <Table.Th>{t('reports.payouts.paidAt')}</Table.Th>
          <Table.Th ta="right">{t('reports.payouts.share')}</Table.Th>
          <Table.Th ta="right">{t('reports.payouts.credited')}</Table.Th>
          <Table.Th ta="right">{t('reports.payouts.owed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {group.lines.map((line) => (
          <Table.Tr key={`${line.dealId}|${line.managerId}`} data-testid="payout-line" data-deal-id={line.dealId}>
            <Table.Td>{line.dealTitle}</Table.Td>
            <Table.Td>{names.client(line.clientId)}</Table.Td>
            {by === 'office' && <Table.Td>{names.manager(line.managerId)}</Table.Td>}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{day.format(Date.parse(line.paidAt))}</Table.Td>
            <Table.Td ta="right" data-testid="payout-share">
              <Text span size="sm" fw={600}>
                {new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(line.pct / 100)}
              </Text>
              {line.reason !== 'no-split' && (
                <Text size="xs" c="dimmed">
                  {t(`reports.payouts.${REASON_KEYS[line.reason]}`)}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(line.amountShare.amount, line.amountShare.currency, locale)}
            </Table.Td>
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="payout-owed">
              {formatMoney(line.owed.amount, line.owed.currency, locale)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr data-testid="payout-group-total">
          <Table.Th colSpan={by === 'office' ? 5 : 4}>{t('reports.payouts.groupTotal', { name: title })}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {formatTotals(credited, locale)}
          </Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="payout-group-owed">
            {formatTotals(group.totals, locale)}
          </Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
