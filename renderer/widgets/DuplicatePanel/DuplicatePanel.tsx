import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCheck } from '../../../shared/office';
import { useNow } from '../../format/useNow';
import { CheckIcon } from '../Icons/Icons';
import { CompanyAlert } from './CompanyAlert';
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

/** Person matches shown at first; the rest wait behind "and N more", so the panel stays one screen. */
export const MATCHES_SHOWN = 3;

/**
 * What the agency already knows about the client being typed: the same person (phone or email
 * matches, the warnings) first, then one line per company colleagues work with, then name hints
 * (advice), and whether other offices were checked at all. It never grows past the screen: the
 * person list is capped, and what is opened beyond it scrolls inside the panel.
 */
export function DuplicatePanel({ state, check, now, onOpen }: Props) {
  const { t } = useTranslation();
  const liveNow = useNow();
  const [showAll, setShowAll] = useState(false);
  const hasKeys = (check?.keys.length ?? 0) > 0;
  const matches = check?.matches ?? [];
  const companies = check?.companies ?? [];
  const hints = check?.hints ?? [];
  const shown = showAll ? matches : matches.slice(0, MATCHES_SHOWN);
  const hidden = matches.length - shown.length;
  return (
    <Stack
      gap="sm"
      data-testid="duplicate-panel"
      aria-live="polite"
      mah="calc(100vh - 2 * var(--mantine-spacing-xl))"
      style={{ overflowY: 'auto' }}
    >
      {matches.length > 0 && (
        <Stack gap="sm" data-testid="duplicate-warning">
          {shown.map((match) => (
            <MatchAlert key={match.clientId} match={match} now={now ?? liveNow} onOpen={onOpen} />
          ))}
          {hidden > 0 && (
            <Group gap="sm" data-testid="duplicate-more">
              <Text size="sm" c="red.8">
                {t('duplicates.more', { count: hidden })}
              </Text>
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setShowAll(true)}>
                {t('duplicates.showAll')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {companies.length > 0 && <CompanyAlert companies={companies} />}
      {hints.length > 0 && <NameHints hints={hints} />}
      {matches.length === 0 && companies.length === 0 && hints.length === 0 ? (
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
