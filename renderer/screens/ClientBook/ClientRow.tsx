import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import type { ClientOpenCase } from '../../../shared/office';
import { formatPhone } from '../../format/phone';
import { routePath } from '../../state/routes';
import classes from './ClientBook.module.css';

interface Props {
  client: ClientDoc;
  isOwn: boolean;
  /** The client's unsettled cases, newest first; the row links the newest. */
  openCases: readonly ClientOpenCase[];
  top: number;
  height: number;
}

/**
 * The name is a link stretched over the whole row, so a row opens with a click anywhere, with
 * Enter, and is announced as a link; the case badge is a link of its own above it.
 */
export function ClientRow({ client, isOwn, openCases, top, height }: Props) {
  const { t } = useTranslation();
  const [firstPhone, ...otherPhones] = client.phones;
  const [newestCase] = openCases;
  const owner = client.handedOver
    ? t('book.handedOver', { name: client.handedOver.toManagerName })
    : isOwn
      ? t('book.you')
      : client.ownerName;
  return (
    <div
      className={classes.row}
      style={{ top, height }}
      data-testid="client-row"
      data-client-id={client.id}
      data-handed-over={client.handedOver ? 'true' : undefined}
    >
      <div className={classes.cell}>
        <a href={`#${routePath({ name: 'client', id: client.id })}`} className={classes.rowLink}>
          <Text fw={600} size="sm" truncate>
            {client.fullName}
          </Text>
        </a>
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
      <Group gap={6} wrap="nowrap" className={classes.cell}>
        <Text size="sm" truncate c={client.handedOver ? 'grape' : undefined} data-testid="client-row-owner">
          {owner}
        </Text>
        {newestCase && (
          <Badge
            component="a"
            href={`#${routePath({ name: 'case', id: newestCase.caseId })}`}
            size="sm"
            variant="light"
            color="orange"
            className={classes.caseLink}
            title={t('book.openCaseTitle', {
              manager: newestCase.other.managerName,
              office: newestCase.other.officeName,
            })}
            data-testid="client-row-case"
            data-case-id={newestCase.caseId}
          >
            {t('book.openCase')}
          </Badge>
        )}
      </Group>
    </div>
  );
}

/** A row whose page is still being read: the list keeps its length and place meanwhile. */
export function ClientRowPlaceholder({ top, height }: { top: number; height: number }) {
  const { t } = useTranslation();
  return (
    <div className={classes.row} style={{ top, height }} data-testid="client-row-loading">
      <Text size="sm" c="dimmed" className={classes.cell}>
        {t('book.rowLoading')}
      </Text>
    </div>
  );
}
