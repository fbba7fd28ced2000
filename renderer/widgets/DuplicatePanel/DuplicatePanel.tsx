import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCheck } from '../../../shared/office';
import { useNow } from '../../format/useNow';
import { CheckIcon } from '../Icons/Icons';
import { MatchAlert } from './MatchAlert';
import { NameHints } from './NameHints';
import { OtherOfficesNote } from './OtherOfficesNote';

interface Props {
  state: 'idle' | 'checking' | 'done';
  check: DuplicateCheck | null;
  /** Injected for tests; the live clock otherwise. */
  now?: number;
  onOpen(clientId: string): void;
}

/**
 * What the agency already knows about the client being typed: key matches (warnings) above name
 * hints (advice), and whether other offices were checked at all.
 */
export function DuplicatePanel({ state, check, now, onOpen }: Props) {
  const liveNow = useNow();
  const hasKeys = (check?.keys.length ?? 0) > 0;
  const matches = check?.matches ?? [];
  const hints = check?.hints ?? [];
  return (
    <Stack gap="sm" data-testid="duplicate-panel" aria-live="polite">
      {matches.length > 0 && (
        <Stack gap="sm" data-testid="duplicate-warning">
          {matches.map((match) => (
            <MatchAlert key={match.clientId} match={match} now={now ?? liveNow} onOpen={onOpen} />
          ))}
        </Stack>
      )}
      {hints.length > 0 && <NameHints hints={hints} />}
      {matches.length === 0 && hints.length === 0 ? (
        <PanelStatus state={state} check={check} now={now ?? liveNow} />
      ) : (
        check && hasKeys && <OtherOfficesNote remote={check.remote} now={now ?? liveNow} />
      )}
    </Stack>
  );
}

/**
 * Between keystrokes the last answer stands; "checking" shows only before there is any answer, so
 * nothing flickers while typing. "Nobody in the agency" is said only once other offices were asked.
 */
function PanelStatus({ state, check, now }: Pick<Props, 'state' | 'check'> & { now: number }) {
  const { t } = useTranslation();
  const checking = state === 'checking' && !check;
  const found = state !== 'idle' && !checking && check !== null && check.keys.length > 0;
  const clear = found && check.remote.state === 'checked';
  const text = checking
    ? t('duplicates.checking')
    : clear
      ? t('duplicates.none')
      : found
        ? t('duplicates.noneInOffice')
        : t('duplicates.idle');
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Group gap="sm" wrap="nowrap" c={clear ? 'teal.7' : 'dimmed'}>
        {checking ? <Loader size={16} /> : clear ? <CheckIcon /> : null}
        <Stack gap={2}>
          <Text size="sm" c="dimmed" data-testid="duplicate-status">
            {text}
          </Text>
          {found && <OtherOfficesNote remote={check.remote} now={now} />}
        </Stack>
      </Group>
    </Paper>
  );
}
