import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientMatch } from '../../../shared/office';
import { formatDay, formatRelativeDay } from '../../format/dates';
import { WarningIcon } from '../Icons/Icons';

interface Props {
  match: ClientMatch;
  now: number;
  onOpen(clientId: string): void;
}

/**
 * One existing client sharing a phone, email or company domain. Someone else's client is the
 * conflict Claimdesk exists to prevent, so it is red and names the owner first; one's own
 * client is a "did you mean to update it?" in orange.
 */
export function MatchAlert({ match, now, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const matched = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    match.matchedBy.map((m) => t(`duplicates.kind_${m.kind}`, { display: m.display })),
  );
  const values = {
    client: match.clientLabel,
    owner: match.ownerName,
    office: match.officeName,
    since: formatDay(match.since, language, now),
    activity: formatRelativeDay(match.lastActivityAt, language, now),
    matched,
  };
  return (
    <Alert
      color={match.isOwn ? 'orange' : 'red'}
      variant="light"
      icon={<WarningIcon />}
      title={match.isOwn ? t('duplicates.ownTitle') : t('duplicates.claimedTitle', values)}
      data-testid="duplicate-match"
      data-own={match.isOwn}
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap={8} align="flex-start">
        <Text size="sm">{t(match.isOwn ? 'duplicates.ownBody' : 'duplicates.claimedBody', values)}</Text>
        <Text size="sm" c="dimmed">
          {t(match.isOwn ? 'duplicates.ownNote' : 'duplicates.claimedNote')}
        </Text>
        {match.isOwn && (
          <Button size="compact-sm" variant="light" color="orange" onClick={() => onOpen(match.clientId)}>
            {t('duplicates.openExisting')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
