import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { formatPhone } from '../../format/phone';
import { routePath } from '../../state/routes';
import classes from './ClientBook.module.css';

interface Props {
  client: ClientDoc;
  isOwn: boolean;
  top: number;
  height: number;
}

/** A link, so a row opens with Enter, middle-click does nothing surprising and screen readers announce it. */
export function ClientRow({ client, isOwn, top, height }: Props) {
  const { t } = useTranslation();
  const [firstPhone, ...otherPhones] = client.phones;
  return (
    <a
      href={`#${routePath({ name: 'client', id: client.id })}`}
      className={classes.row}
      style={{ top, height }}
      data-testid="client-row"
      data-client-id={client.id}
    >
      <div className={classes.cell}>
        <Text fw={600} size="sm" truncate>
          {client.fullName}
        </Text>
        {client.emails[0] && (
          <Text size="xs" c="dimmed" truncate>
            {client.emails[0]}
          </Text>
        )}
      </div>
      <Group gap={6} wrap="nowrap" className={classes.cell}>
        <Text size="sm" truncate>
          {firstPhone ? formatPhone(firstPhone.e164, firstPhone.extension, t('form.extLabel')) : '—'}
        </Text>
        {otherPhones.length > 0 && (
          <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t('book.morePhones', { count: otherPhones.length })}
          </Badge>
        )}
      </Group>
      <Text size="sm" className={classes.cell} c={client.company ? undefined : 'dimmed'}>
        {client.company || '—'}
      </Text>
      <Text size="sm" className={classes.cell}>
        {isOwn ? t('book.you') : client.ownerName}
      </Text>
    </a>
  );
}
