import { Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlansClient } from '../../../../shared/endpoint';
import type { PlanProgress } from '../../../../shared/sync';
import { formatMoney } from '../../../format/money';
import { useUi } from '../../../state/uiStore';
import { EndpointResultView } from '../../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../../widgets/EndpointData/useEndpointResult';
import { useSessionCalls } from '../../../widgets/EndpointData/useSessionCalls';
import { PlanForm } from './PlanForm';

function monthOf(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}`;
}

function shift(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(y, m - 1 + by, 1));
}

/**
 * The common plan: a month's margin target shared by offices, and how far paid deals have brought
 * it — each manager's share of each deal, so a deal split between two offices counts for both.
 */
export function PlanReport() {
  const { t, i18n } = useTranslation();
  const profile = useUi((s) => s.profile);
  const client = useSessionCalls(createPlansClient);
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const [adding, setAdding] = useState(false);
  const { state, reload } = useEndpointResult(() => client.plans(month), [client, month]);
  const mayPlan = profile?.role === 'lead' || profile?.role === 'admin';
  const money = (amount: number, currency: string) => formatMoney(amount, currency, i18n.language);
  const monthLabel = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T12:00:00`),
  );
  return (
    <Stack gap="md" data-testid="plan-report">
      <Group justify="space-between">
        <Title order={3}>{t('reports.plans.title')}</Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => setMonth((m) => shift(m, -1))}>
            ‹
          </Button>
          <Text fw={600} data-testid="plan-month">
            {monthLabel}
          </Text>
          <Button variant="default" size="xs" onClick={() => setMonth((m) => shift(m, 1))}>
            ›
          </Button>
          {mayPlan && (
            <Button size="xs" variant="light" onClick={() => setAdding((v) => !v)} data-testid="plan-add">
              {t('reports.plans.add')}
            </Button>
          )}
        </Group>
      </Group>
      {adding && (
        <PlanForm
          client={client}
          month={month}
          ownOfficeId={profile?.officeId ?? null}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
      <EndpointResultView
        state={state}
        onRetry={reload}
        isEmpty={(r: { plans: PlanProgress[] }) => r.plans.length === 0}
        empty={<Text c="dimmed">{t('reports.plans.empty')}</Text>}
      >
        {(r: { plans: PlanProgress[] }) => (
          <Stack gap="md">
            {r.plans.map(({ plan, achieved, byOffice, byManager }) => {
              const share = Math.min(100, (achieved / plan.target.amount) * 100);
              return (
                <Paper withBorder p="md" key={plan.id} data-testid="plan-card">
                  <Stack gap="xs">
                    <Group justify="space-between">
                      <Text fw={700}>{plan.name}</Text>
                      <Text size="sm" data-testid="plan-achieved">
                        {t('reports.plans.progress', {
                          achieved: money(achieved, plan.target.currency),
                          target: money(plan.target.amount, plan.target.currency),
                        })}
                      </Text>
                    </Group>
                    <Progress value={share} size="lg" aria-label={plan.name} />
                    <Table>
                      <Table.Tbody>
                        {byOffice.map((o) => (
                          <Table.Tr key={o.officeId} data-testid="plan-office">
                            <Table.Td fw={600}>{o.officeName}</Table.Td>
                            <Table.Td ta="right">{money(o.achieved, plan.target.currency)}</Table.Td>
                          </Table.Tr>
                        ))}
                        {byManager.map((m) => (
                          <Table.Tr key={m.managerId}>
                            <Table.Td pl="lg">{m.managerName}</Table.Td>
                            <Table.Td ta="right" c="dimmed">
                              {money(m.achieved, plan.target.currency)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
      </EndpointResultView>
    </Stack>
  );
}
