import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { totalsOf, type OtherScopeShare, type PayoutGroup, type PayoutLine } from '../../../../shared/payouts';
import { formatMoney, formatTotals } from '../../../format/money';

/** Why the manager gets this share, next to it, so nobody has to ask. */
const REASON_KEYS = {
  'first-order': 'reasonFirstOrder',
  'later-order': 'reasonLaterOrder',
  'outside-terms': 'reasonOutsideTerms',
  'no-split': 'reasonNoSplit',
  'disputed-deal': 'reasonDisputedDeal',
} as const;

export interface PayoutNames {
  manager(id: string): string;
  office(id: string): string;
  client(id: string): string;
  /** The reader's own office: a share paid through it, outside the reader's scope, is a colleague's. */
  ownOfficeId: string | null;
}

const otherScopeOf = (line: Pick<PayoutLine, 'dealId' | 'correction'>) => (s: OtherScopeShare) =>
  s.dealId === line.dealId && s.correctionAt === line.correction?.at;

/**
 * One manager's (or office's) paid deals in the period: the table's caption is the group's name,
 * so a screen reader and a test find "Petya Ivanov"'s table by it.
 */
export function PayoutGroupTable({
  group,
  by,
  names,
  otherScopes,
}: {
  group: PayoutGroup;
  by: 'manager' | 'office';
  names: PayoutNames;
  /** The other offices' shares of these deals: named under the deal's last line. */
  otherScopes: readonly OtherScopeShare[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = by === 'manager' ? names.manager(group.key) : names.office(group.key);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const credited = totalsOf(group.lines.map((l) => l.amountShare));
  const columns = by === 'office' ? 7 : 6;
  const pct = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  // The other scopes' shares of a deal (or of its correction) go under its last line in this table.
  const keyOf = (l: Pick<PayoutLine, 'dealId' | 'correction'>) => `${l.dealId}|${l.correction?.at ?? ''}`;
  const lastIndex = new Map(group.lines.map((l, i) => [keyOf(l), i]));
  const lastOfDeal = (i: number) => lastIndex.get(keyOf(group.lines[i]!)) === i;
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
        {group.lines.map((line, i) => (
          <Fragment key={`${line.dealId}|${line.managerId}|${line.correction?.at ?? ''}`}>
            <Table.Tr
              data-testid="payout-line"
              data-deal-id={line.dealId}
              data-correction={line.correction ? 'yes' : undefined}
            >
              <Table.Td>{line.dealTitle}</Table.Td>
              <Table.Td>{names.client(line.clientId)}</Table.Td>
              {by === 'office' && <Table.Td>{names.manager(line.managerId)}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {line.correction ? (
                  <>
                    <Text span size="sm">
                      {t('reports.payouts.correctionOn', { date: day.format(Date.parse(line.correction.at)) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('reports.payouts.paidOn', { date: day.format(Date.parse(line.paidAt)) })}
                    </Text>
                  </>
                ) : (
                  day.format(Date.parse(line.paidAt))
                )}
              </Table.Td>
              <Table.Td ta="right" data-testid="payout-share">
                <Text span size="sm" fw={600}>
                  {line.correction
                    ? t('reports.payouts.correctionShare', {
                        before: pct(line.correction.previousPct),
                        after: pct(line.pct),
                      })
                    : pct(line.pct)}
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
            {lastOfDeal(i) &&
              otherScopes.filter(otherScopeOf(line)).map((share) => (
                <Table.Tr
                  key={`${share.dealId}|${share.officeId}|${share.correctionAt ?? ''}`}
                  data-testid="payout-other-scope"
                >
                  <Table.Td colSpan={columns}>
                    <Text size="sm" c="dimmed">
                      {t(
                        share.officeId === names.ownOfficeId
                          ? 'reports.payouts.colleagueShare'
                          : 'reports.payouts.otherOfficeShare',
                        {
                          office: names.office(share.officeId),
                          share: pct(share.pct),
                          owed: formatMoney(share.owed.amount, share.owed.currency, locale),
                        },
                      )}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Fragment>
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
