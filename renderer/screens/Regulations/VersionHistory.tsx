import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegulationsResponse } from '../../../shared/sync';
import { formatDateTime } from '../../format/dates';

/** Who changed the rules, when and why: newest first. Version 0 is the set Claimdesk ships with. */
export function VersionHistory({ history }: { history: RegulationsResponse['history'] }) {
  const { t, i18n } = useTranslation();
  const rows = [...history].sort((a, b) => b.version - a.version);
  return (
    <Table captionSide="top" striped withTableBorder data-testid="regulations-history">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
        {t('regulations.history')}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regulations.historyVersion')}</Table.Th>
          <Table.Th>{t('regulations.historyBy')}</Table.Th>
          <Table.Th>{t('regulations.historyWhen')}</Table.Th>
          <Table.Th>{t('regulations.historyNote')}</Table.Th>
          <Table.Th ta="right">{t('regulations.historyRules')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((v) => (
          <Table.Tr key={v.version} data-testid="regulations-version" data-version={v.version}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{v.version === 0 ? t('regulations.shippedDefaults') : v.changedBy}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {v.version === 0 ? '—' : formatDateTime(v.changedAt, i18n.language)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v.note || '—'}</Table.Td>
            <Table.Td ta="right">{v.ruleCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
