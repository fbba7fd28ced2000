import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PendingIntake } from '../../../shared/office';
import { explainRoute } from '../../../shared/routing';

/** A request kept on this computer: where the office's own base says it goes, until the endpoint decides. */
export function KeptOfflineNotice({ pending }: { pending: PendingIntake }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'ru';
  const pre = pending.preliminary;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('requests.offline.title')}
      data-testid="request-kept-offline"
      data-route={pre.route}
    >
      <Text size="sm">
        {pre.route === 'freeDesk'
          ? t('requests.offline.freeDesk')
          : t('requests.offline.preliminary', { explanation: explainRoute(pre.reason, language) })}
      </Text>
    </Alert>
  );
}
