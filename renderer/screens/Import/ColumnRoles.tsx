import { Paper, ScrollArea, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COLUMN_ROLES, type ClientBase, type ColumnRole } from '../../../shared/clientBase';
import { counted } from './counted';

/** Rows shown under the header: enough to see that each column is read as meant. */
const PREVIEW_ROWS = 5;

/** The file as it will be read: each column with its role (changeable) and its first cells. */
export function ColumnRoles({
  base,
  disabled,
  onRole,
}: {
  base: ClientBase;
  disabled: boolean;
  onRole(column: string, role: ColumnRole): void;
}) {
  const { t, i18n } = useTranslation();
  const roles = COLUMN_ROLES.map((role) => ({ value: role, label: t(`import.roles.${role}`) }));
  const source =
    base.source.format === 'xlsx'
      ? t('import.sourceXlsx', { sheet: base.source.sheet })
      : t(base.source.format === 'html' ? 'import.sourceHtml' : 'import.sourceCsv', {
          encoding: base.source.encoding.toUpperCase(),
        });
  const rows = base.rows.slice(0, PREVIEW_ROWS);
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-columns">
      <Text size="sm" mb="xs">
        {t('import.read', { ...counted(base.rows.length, i18n.language), source })}
      </Text>
      <ScrollArea type="auto">
        <Table withColumnBorders striped fz="sm" miw={base.header.length * 150}>
          <Table.Thead>
            <Table.Tr>
              {base.header.map((column, i) => (
                <Table.Th key={`${column}-${i}`} miw={150}>
                  <Text size="xs" fw={700} truncate title={column}>
                    {column || '—'}
                  </Text>
                  <Select
                    size="xs"
                    mt={4}
                    data={roles}
                    value={base.roles[i] ?? 'note'}
                    allowDeselect={false}
                    disabled={disabled || !column}
                    onChange={(role) => role && onRole(column, role as ColumnRole)}
                    aria-label={t('import.roleOf', { column })}
                    data-testid="import-column-role"
                  />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                {base.header.map((_, i) => (
                  <Table.Td key={i}>
                    <Text size="xs" truncate maw={220}>
                      {cellOf(row, base.roles[i], base.header[i] ?? '')}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}

/** What the reader took from a column, shown under it: the row's values of that role. */
function cellOf(row: ClientBase['rows'][number], role: ColumnRole | undefined, column: string): string {
  if (role === 'phone') return row.phones.join(', ');
  if (role === 'email') return row.emails.join(', ');
  if (role === 'company') return row.company;
  if (role === 'name' || role === 'firstName' || role === 'middleName' || role === 'lastName') return row.name;
  return row.notes.find((n) => n.column === column)?.value ?? '';
}
