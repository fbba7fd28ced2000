import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { formatDay } from '../../format/dates';
import { routePath } from '../../state/routes';

/** Says plainly that this record no longer makes the client ours, to whom it went, and by which case. */
export function HandedOverNotice({ handedOver }: { handedOver: NonNullable<ClientDoc['handedOver']> }) {
  const { t, i18n } = useTranslation();
  const params = {
    name: handedOver.toManagerName,
    office: handedOver.toOfficeName,
    date: formatDay(handedOver.at, i18n.language),
  };
  return (
    <Alert
      color="grape"
      variant="light"
      title={t('resolution.handedOverTitle', params)}
      data-testid="client-handed-over"
    >
      <Stack gap={4}>
        <Text size="sm">{t('resolution.handedOverBody', params)}</Text>
        <Anchor
          href={`#${routePath({ name: 'case', id: handedOver.caseId })}`}
          size="sm"
          w="fit-content"
          data-testid="client-handed-over-case"
        >
          {t('resolution.openCase')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
