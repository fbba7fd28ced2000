import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCheck } from '../../../shared/office';
import { useNow } from '../../format/useNow';
import { CheckIcon } from '../Icons/Icons';
import { MatchAlert } from './MatchAlert';
import { NameHints } from './NameHints';

interface Props {
  state: 'idle' | 'checking' | 'done';
  check: DuplicateCheck | null;
  /** Injected for tests; the live clock otherwise. */
  now?: number;
  onOpen(clientId: string): void;
}

/** What the book already knows about the client being typed: key matches (warnings) above name hints (advice). */
export function DuplicatePanel({ state, check, now, onOpen }: Props) {
  const liveNow = useNow();
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
      {matches.length === 0 && hints.length === 0 && <PanelStatus state={state} check={check} />}
    </Stack>
  );
}

/** Between keystrokes the last answer stands; "checking" shows only before there is any answer, so nothing flickers while typing. */
function PanelStatus({ state, check }: Pick<Props, 'state' | 'check'>) {
  const { t } = useTranslation();
  const checking = state === 'checking' && !check;
  const clear = state !== 'idle' && !checking && (check?.keys.length ?? 0) > 0;
  const text = checking ? t('duplicates.checking') : clear ? t('duplicates.none') : t('duplicates.idle');
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Group gap="sm" wrap="nowrap" c={clear ? 'teal.7' : 'dimmed'}>
        {checking ? <Loader size={16} /> : clear ? <CheckIcon /> : null}
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Group>
    </Paper>
  );
}
