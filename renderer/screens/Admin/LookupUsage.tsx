import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOOKUP_BUDGET_BOUNDS, type LookupBudget, type LookupUsageResponse } from '../../../shared/sync';
import { formatDateTime } from '../../format/dates';
import { EndpointResultView } from '../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../widgets/EndpointData/useEndpointResult';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';

/** The look-up budget (editable) and who looked up how much in the last day. */
export function LookupUsage({ calls }: { calls: AdminScreenCalls }) {
  const { state, reload } = useEndpointResult(() => calls.lookupUsage(), [calls]);
  return (
    <EndpointResultView state={state} onRetry={reload} isEmpty={() => false} empty={null}>
      {(usage) => (
        <Stack gap="md">
          <BudgetForm
            key={`${usage.budget.perHour}/${usage.budget.perDay}`}
            budget={usage.budget}
            calls={calls}
            onSaved={reload}
          />
          <UsageTable usage={usage} />
        </Stack>
      )}
    </EndpointResultView>
  );
}

function BudgetForm({ budget, calls, onSaved }: { budget: LookupBudget; calls: AdminScreenCalls; onSaved(): void }) {
  const { t } = useTranslation();
  const [perHour, setPerHour] = useState<number | string>(budget.perHour);
  const [perDay, setPerDay] = useState<number | string>(budget.perDay);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const hour = Number(perHour);
  const day = Number(perDay);
  const valid = Number.isInteger(hour) && Number.isInteger(day) && hour >= 1 && day >= hour;
  const changed = hour !== budget.perHour || day !== budget.perDay;

  const save = async () => {
    setBusy(true);
    const result = await calls.setLookupBudget({ perHour: hour, perDay: day });
    setBusy(false);
    if (result.ok) onSaved();
    else setFailure(failureText(t, result.failure, t('admin.failure.invalid')));
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb={4}>
        {t('admin.lookups.budgetTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('admin.lookups.budgetHelp')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('admin.lookups.perHour')}
          value={perHour}
          onChange={setPerHour}
          min={1}
          max={LOOKUP_BUDGET_BOUNDS.maxPerHour}
          allowDecimal={false}
          w={180}
          data-testid="budget-per-hour"
        />
        <NumberInput
          label={t('admin.lookups.perDay')}
          value={perDay}
          onChange={setPerDay}
          min={1}
          max={LOOKUP_BUDGET_BOUNDS.maxPerDay}
          allowDecimal={false}
          error={valid || !Number.isInteger(hour) ? null : t('admin.lookups.dayBelowHour')}
          w={180}
          data-testid="budget-per-day"
        />
        <Button onClick={() => void save()} loading={busy} disabled={!valid || !changed} data-testid="budget-save">
          {t('admin.save')}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" mt="sm">
          {failure}
        </Alert>
      )}
    </Paper>
  );
}

function UsageTable({ usage }: { usage: LookupUsageResponse }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb={4}>
        {t('admin.lookups.usageTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('admin.lookups.usageHelp', { since: formatDateTime(usage.since, i18n.language) })}
      </Text>
      {usage.users.length === 0 ? (
        <Text size="sm" data-testid="lookups-none">
          {t('admin.lookups.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="lookups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.lookups.person')}</Table.Th>
              <Table.Th ta="right">{t('admin.lookups.lastHour')}</Table.Th>
              <Table.Th ta="right">{t('admin.lookups.lastDay')}</Table.Th>
              <Table.Th ta="right">{t('admin.lookups.lookups')}</Table.Th>
              <Table.Th ta="right">{t('admin.lookups.found')}</Table.Th>
              <Table.Th ta="right">{t('admin.lookups.refused')}</Table.Th>
              <Table.Th>{t('admin.lookups.lastAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {usage.users.map((u) => (
              <Table.Tr key={u.userId} data-testid="lookup-row" data-name={u.userName}>
                <Table.Td>{u.userName}</Table.Td>
                <Table.Td ta="right">
                  {n(u.lastHour)} / {n(usage.budget.perHour)}
                </Table.Td>
                <Table.Td ta="right">
                  {n(u.lastDay)} / {n(usage.budget.perDay)}
                </Table.Td>
                <Table.Td ta="right">{n(u.lookups)}</Table.Td>
                <Table.Td ta="right">{n(u.found)}</Table.Td>
                <Table.Td ta="right" c={u.refused ? 'red' : undefined}>
                  {n(u.refused)}
                </Table.Td>
                <Table.Td>{formatDateTime(u.lastAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
