import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OtherOfficesCheck } from '../../../shared/office';
import { formatDateTime } from '../../format/dates';

/** When the time is today, the hour says enough ("до 15:00"); otherwise the date too. */
function formatWhen(at: number, locale: string, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay
    ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at)
    : formatDateTime(at, locale);
}

/** What the endpoint could not tell yet: other offices unchecked must never read as "nobody has it". */
export function otherOfficesText(
  remote: OtherOfficesCheck,
  t: (key: string, values?: Record<string, string>) => string,
  locale: string,
  now: number,
): string | null {
  switch (remote.state) {
    case 'checked':
      return null;
    case 'pending':
      return t('duplicates.remote.pending');
    case 'offline':
      return remote.lastCheckedAt === undefined
        ? t('duplicates.remote.offline')
        : t('duplicates.remote.offlineSince', { time: formatWhen(remote.lastCheckedAt, locale, now) });
    case 'overBudget':
      return t('duplicates.remote.overBudget', { time: formatWhen(remote.resetsAt, locale, now) });
    case 'notSignedIn':
      return t('duplicates.remote.notSignedIn');
  }
}

export function OtherOfficesNote({ remote, now }: { remote: OtherOfficesCheck; now: number }) {
  const { t, i18n } = useTranslation();
  const text = otherOfficesText(remote, t, i18n.language, now);
  if (!text) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="duplicate-other-offices" data-state={remote.state}>
      {text}
    </Text>
  );
}
