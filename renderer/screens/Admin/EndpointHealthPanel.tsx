import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointFailure, EndpointResult } from '../../../shared/endpoint';
import type { EndpointHealth, Office, WorkstationHealth } from '../../../shared/sync';
import { formatAgo, formatDateTime } from '../../format/dates';
import { EndpointResultView } from '../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../widgets/EndpointData/useEndpointResult';
import type { AdminScreenCalls } from './adminCalls';
import { activityByOffice, clockOffset } from './healthView';

interface HealthAndOffices {
  health: EndpointHealth;
  offices: Office[];
  /** This computer's clock when the answer came, to compare with the endpoint's. */
  localAt: number;
}

async function loadHealth(calls: AdminScreenCalls): Promise<EndpointResult<HealthAndOffices, EndpointFailure>> {
  const [health, directory] = await Promise.all([calls.health(), calls.directory()]);
  if (!health.ok) return health;
  if (!directory.ok) return directory;
  return { ok: true, value: { health: health.value, offices: directory.value.offices, localAt: Date.now() } };
}

/** What the endpoint can tell of the agency's running: itself, each person's sessions and pushes, each computer's sync. */
export function EndpointHealthPanel({ calls }: { calls: AdminScreenCalls }) {
  const { state, reload } = useEndpointResult(() => loadHealth(calls), [calls]);
  return (
    <EndpointResultView state={state} onRetry={reload} isEmpty={() => false} empty={null}>
      {(value) => <HealthView {...value} />}
    </EndpointResultView>
  );
}

function HealthView({ health, offices, localAt }: HealthAndOffices) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const offset = clockOffset(health, localAt);
  const when = (at: number | null) =>
    at === null ? t('admin.health.never') : formatAgo(at, language, health.now, t('admin.health.justNow'));
  return (
    <Stack gap="md" data-testid="admin-health">
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          {t('admin.health.endpointTitle')}
        </Title>
        <SimpleGrid cols={4}>
          <Fact label={t('admin.health.version')} value={health.version} testId="health-version" />
          <Fact label={t('admin.health.database')} value={t(`admin.health.databaseKind.${health.database}`)} />
          <Fact label={t('admin.health.schema')} value={String(health.schemaVersion)} testId="health-schema" />
          <Fact
            label={t('admin.health.upSince')}
            value={`${formatDateTime(health.startedAt, language)} (${formatAgo(health.startedAt, language, health.now, t('admin.health.justNow'))})`}
          />
        </SimpleGrid>
        {offset !== null && (
          <Alert color="orange" mt="sm" data-testid="health-clock">
            {t(offset > 0 ? 'admin.health.clockAhead' : 'admin.health.clockBehind', {
              minutes: Math.round(Math.abs(offset) / 60_000).toLocaleString(language),
            })}
          </Alert>
        )}
      </Paper>
      <Text size="sm" c="dimmed">
        {t('admin.health.sessionsHelp')}
      </Text>
      {activityByOffice(health, offices).map((group) => (
        <Paper key={group.office?.id ?? 'none'} withBorder radius="md" p="md" data-testid="health-office">
          <Group justify="space-between" mb="xs">
            <Title order={5}>{group.office?.name ?? t('admin.people.noOffice')}</Title>
            <Text size="sm" c="dimmed">
              {t('admin.health.officeLastPush', { when: when(group.lastPushAt) })}
            </Text>
          </Group>
          <Table verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.people.name')}</Table.Th>
                <Table.Th>{t('admin.people.role')}</Table.Th>
                <Table.Th ta="right">{t('admin.health.sessions')}</Table.Th>
                <Table.Th>{t('admin.health.lastSignIn')}</Table.Th>
                <Table.Th>{t('admin.health.lastPush')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.people.map((p) => (
                <Table.Tr
                  key={p.userId}
                  c={p.disabled ? 'dimmed' : undefined}
                  data-testid="health-person"
                  data-name={p.name}
                >
                  <Table.Td>
                    {p.name}
                    {p.disabled && ` (${t('admin.people.disabled').toLowerCase()})`}
                  </Table.Td>
                  <Table.Td>{t(`admin.role.${p.role}`)}</Table.Td>
                  <Table.Td ta="right" data-testid="health-sessions">
                    {p.openSessions.toLocaleString(language)}
                  </Table.Td>
                  <Table.Td>{when(p.lastSignInAt)}</Table.Td>
                  <Table.Td data-testid="health-last-push">{when(p.lastPushAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={6} mt="sm" mb={4}>
            {t('admin.health.workstationsTitle')}
          </Title>
          <Workstations workstations={group.workstations} when={when} />
        </Paper>
      ))}
    </Stack>
  );
}

/** An office's signed-in computers: who, which app on which system, its latest sync and what waits unsent. */
function Workstations({
  workstations,
  when,
}: {
  workstations: WorkstationHealth[];
  when: (at: number | null) => string;
}) {
  const { t, i18n } = useTranslation();
  if (workstations.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.health.noWorkstations')}
      </Text>
    );
  return (
    <Table verticalSpacing={2}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('admin.people.name')}</Table.Th>
          <Table.Th>{t('admin.health.workstation')}</Table.Th>
          <Table.Th>{t('admin.health.lastSync')}</Table.Th>
          <Table.Th>{t('admin.health.lastPush')}</Table.Th>
          <Table.Th ta="right">{t('admin.health.pending')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {workstations.map((w, index) => (
          <Table.Tr key={`${w.userId}-${w.signedInAt}-${index}`} data-testid="health-workstation" data-name={w.name}>
            <Table.Td>{w.name}</Table.Td>
            <Table.Td data-testid="health-workstation-app">
              {[
                t(`admin.health.kind.${w.kind ?? 'unknown'}`),
                w.system,
                w.app ? t('admin.health.appVersion', { version: w.app }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Table.Td>
            <Table.Td data-testid="health-workstation-sync">{when(w.lastSyncAt)}</Table.Td>
            <Table.Td>{when(w.lastPushAt)}</Table.Td>
            <Table.Td ta="right" data-testid="health-workstation-pending">
              {w.pendingChanges === null
                ? t('admin.health.pendingUnknown')
                : w.pendingChanges.toLocaleString(i18n.language)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
