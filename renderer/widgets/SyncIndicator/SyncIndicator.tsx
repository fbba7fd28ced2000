import { Box, Button, Divider, Group, Loader, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../core/CoreContext';
import { formatAgo, formatDateTime } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { SYNC_COLORS, syncView, type SyncView } from './syncView';

/**
 * The sync status in the header, readable at a glance: colour and words for the state, what is
 * waiting to be sent and when the last sync was; the details and the last problem on click.
 * The data attributes let tests wait for a state instead of sleeping.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { core } = useServices();
  const connection = useSync((s) => s.connection);
  const status = useSync((s) => s.status);
  const networkUp = useSync((s) => s.networkUp);
  const errorCode = useSync((s) => s.lastErrorCode);
  const navigate = useUi((s) => s.navigate);
  const now = useNow(10_000);
  const view = syncView(connection, status, networkUp, core.pendingChanges());
  const color = SYNC_COLORS[view.state];
  const stateLabel = t(`sync.state_${view.state}`);
  const ago = view.lastSyncAt
    ? formatAgo(view.lastSyncAt, i18n.language, Math.max(now, view.lastSyncAt), t('time.justNow'))
    : null;

  return (
    <Popover width={360} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          data-testid="sync-status"
          data-sync-state={view.state}
          data-sync-pending={view.pending}
          data-sync-last={view.lastSyncAt ?? ''}
          aria-label={t('sync.statusLabel', { state: stateLabel })}
          px={10}
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            border: `1px solid var(--mantine-color-${color}-3)`,
            background: `var(--mantine-color-${color}-0)`,
          }}
        >
          <Group gap={8} wrap="nowrap">
            <StateDot state={view.state} color={color} />
            <Stack gap={0}>
              <Text size="sm" fw={600} c={`${color}.9`} lh={1.25} data-testid="sync-state-label">
                {stateLabel}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25} data-testid="sync-summary" style={{ whiteSpace: 'nowrap' }}>
                {summary(view, ago, t)}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="sync-details">
        <Stack gap="xs">
          <Text size="sm" fw={600} c={`${color}.9`}>
            {stateLabel}
          </Text>
          <Text size="sm">{t(`sync.explain_${view.state}`, { host: view.host ?? '' })}</Text>
          {view.state !== 'alone' && (
            <>
              <Text size="sm" data-testid="sync-pending-text">
                {t('sync.pending', { count: view.pending })}
              </Text>
              <Text
                size="sm"
                c="dimmed"
                title={view.lastSyncAt ? formatDateTime(view.lastSyncAt, i18n.language) : undefined}
              >
                {ago ? t('sync.lastSync', { when: ago }) : t('sync.neverSynced')}
              </Text>
            </>
          )}
          {view.lastError && view.state !== 'online' && (
            <Box data-testid="sync-last-error">
              <Text size="xs" fw={600} c="red.8">
                {t('sync.lastError')}
              </Text>
              <Text size="sm" c="red.8">
                {errorWords(view.lastError, errorCode, i18n)}
              </Text>
            </Box>
          )}
          {connection.kind !== 'alone' && (
            <Text size="xs" c="dimmed">
              {t('sync.signedInAs', { user: connection.session.userName, office: connection.session.officeName })} ·{' '}
              {view.host}
            </Text>
          )}
          <Divider />
          <Group gap="xs">
            {connection.kind !== 'signedIn' && (
              <Button size="xs" onClick={() => navigate({ name: 'signIn' })} data-testid="sync-sign-in">
                {t('sync.signIn')}
              </Button>
            )}
            <Button size="xs" variant="subtle" color="gray" onClick={() => navigate({ name: 'settings' })}>
              {t('sync.account')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function StateDot({ state, color }: { state: SyncView['state']; color: string }) {
  if (state === 'connecting') return <Loader size={10} color={color} />;
  const hollow = state === 'alone';
  return (
    <Box
      aria-hidden
      w={10}
      h={10}
      style={{
        borderRadius: '50%',
        flex: 'none',
        background: hollow ? 'transparent' : `var(--mantine-color-${color}-6)`,
        border: `2px solid var(--mantine-color-${color}-6)`,
      }}
    />
  );
}

function summary(
  view: SyncView,
  ago: string | null,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (view.state === 'alone') return t('sync.aloneDetail');
  const parts = [
    view.pending > 0 ? t('sync.pendingShort', { count: view.pending }) : null,
    ago ? t('sync.lastSyncShort', { when: ago }) : t('sync.neverSynced'),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Known problems in the user's language; anything else as the server or transport put it. */
function errorWords(
  message: string,
  code: string | null,
  i18n: { exists(key: string): boolean; t(key: string): string },
): string {
  const key = code ? `sync.errorText.${code}` : null;
  return key && i18n.exists(key) ? i18n.t(key) : message;
}
