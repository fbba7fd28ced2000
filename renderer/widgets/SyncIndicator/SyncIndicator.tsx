import {
  Badge,
  Box,
  Button,
  Divider,
  Group,
  Loader,
  Popover,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../core/CoreContext';
import { formatAgo, formatDateTime } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { CloudIcon, CloudOffIcon, ComputerIcon, LockIcon, WarningIcon } from '../Icons/Icons';
import { SYNC_COLORS, syncView, type SyncView } from './syncView';

/**
 * The sync status in the header, compact so the header fits any office screen: an icon in the
 * state's colour, with a count of changes waiting to be sent. Its words show on hover, the
 * details and the last problem on click; the same words are the button's name for screen
 * readers. The data attributes let tests wait for a state instead of sleeping.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { core } = useServices();
  const connection = useSync((s) => s.connection);
  const status = useSync((s) => s.status);
  const networkUp = useSync((s) => s.networkUp);
  const errorCode = useSync((s) => s.lastErrorCode);
  const navigate = useUi((s) => s.navigate);
  const [opened, setOpened] = useState(false);
  const now = useNow(10_000);
  const view = syncView(connection, status, networkUp, core.pendingChanges());
  const color = SYNC_COLORS[view.state];
  const stateLabel = t(`sync.state_${view.state}`);
  const ago = view.lastSyncAt
    ? formatAgo(view.lastSyncAt, i18n.language, Math.max(now, view.lastSyncAt), t('time.justNow'))
    : null;
  const words = `${stateLabel} · ${summary(view, ago, t)}`;

  return (
    <Popover width={360} position="bottom-end" withArrow shadow="md" opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Tooltip label={words} disabled={opened} withArrow position="bottom" openDelay={200}>
          <UnstyledButton
            onClick={() => setOpened((o) => !o)}
            data-testid="sync-status"
            data-sync-state={view.state}
            data-sync-pending={view.pending}
            data-sync-last={view.lastSyncAt ?? ''}
            w={36}
            h={36}
            pos="relative"
            style={{
              flex: 'none',
              display: 'grid',
              placeItems: 'center',
              borderRadius: 'var(--mantine-radius-md)',
              border: `1px solid var(--mantine-color-${color}-3)`,
              background: `var(--mantine-color-${color}-0)`,
              color: `var(--mantine-color-${color}-7)`,
            }}
          >
            <StateIcon state={view.state} color={color} />
            {view.pending > 0 && view.state !== 'alone' && (
              <Badge
                aria-hidden
                size="xs"
                color={color}
                variant="filled"
                pos="absolute"
                top={-7}
                right={-9}
                px={4}
                data-testid="sync-pending-badge"
              >
                {view.pending > 99 ? '99+' : view.pending}
              </Badge>
            )}
            <VisuallyHidden>{t('sync.statusLabel', { state: words })}</VisuallyHidden>
          </UnstyledButton>
        </Tooltip>
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
              <Button
                size="xs"
                onClick={() => {
                  setOpened(false);
                  navigate({ name: 'signIn' });
                }}
                data-testid="sync-sign-in"
              >
                {t('sync.signIn')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => {
                setOpened(false);
                navigate({ name: 'settings' });
              }}
            >
              {t('sync.account')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** One shape per state, so the state reads without colour too. */
function StateIcon({ state, color }: { state: SyncView['state']; color: string }) {
  switch (state) {
    case 'connecting':
      return <Loader size={16} color={color} />;
    case 'alone':
      return <ComputerIcon />;
    case 'online':
      return <CloudIcon />;
    case 'offline':
      return <CloudOffIcon />;
    case 'error':
      return <WarningIcon />;
    case 'signInAgain':
      return <LockIcon />;
  }
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
