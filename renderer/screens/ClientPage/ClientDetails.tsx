import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '../../widgets/LongText/LongText';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { formatDay } from '../../format/dates';
import { formatPhone } from '../../format/phone';
import { errorText } from '../../i18n/errorText';
import { useUi } from '../../state/uiStore';

export function ClientDetails({ client }: { client: ClientDoc }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const navigate = useUi((s) => s.navigate);
  const myId = useUi((s) => s.profile?.userId);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(true);
    const result = await core.deleteClient(client.id).finally(() => setDeleting(false));
    setConfirming(false);
    if (result.ok) {
      notifications.show({ color: 'teal', message: t('client.deleted', { name: client.fullName }) });
      navigate({ name: 'book' });
    } else {
      notifications.show({ color: 'red', message: result.errors.map((e) => errorText(i18n, e)).join(' ') });
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} data-testid="client-name" style={{ overflowWrap: 'anywhere' }}>
              {client.fullName}
            </Title>
            {client.company && (
              <Text c="dimmed" data-testid="client-company-view">
                {client.company}
              </Text>
            )}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="light"
              onClick={() => navigate({ name: 'editClient', id: client.id })}
              data-testid="client-edit"
            >
              {t('client.edit')}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)} data-testid="client-delete">
              {t('client.delete')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
          <Field label={t('client.phones')} testId="client-phones">
            {client.phones.length ? (
              client.phones.map((p) => (
                <Text key={`${p.e164};${p.extension}`}>{formatPhone(p.e164, p.extension, t('form.extLabel'))}</Text>
              ))
            ) : (
              <None />
            )}
          </Field>
          <Field label={t('client.emails')} testId="client-emails">
            {client.emails.length ? (
              client.emails.map((e) => (
                <Text key={e} style={{ overflowWrap: 'anywhere' }}>
                  {e}
                </Text>
              ))
            ) : (
              <None />
            )}
          </Field>
          <Field label={t('client.owner')} testId="client-owner">
            <Text>
              {client.handedOver
                ? t('resolution.handedOverOwner', {
                    name: client.handedOver.toManagerName,
                    office: client.handedOver.toOfficeName,
                  })
                : client.ownerId === myId
                  ? `${client.ownerName} (${t('book.you').toLocaleLowerCase()})`
                  : client.ownerName}
            </Text>
          </Field>
          <Field label={t('client.since')}>
            <Text>{formatDay(client.createdAt, i18n.language)}</Text>
          </Field>
        </SimpleGrid>
        {client.notes && (
          <Field label={t('client.notes')} testId="client-notes-view">
            <LongText>{client.notes}</LongText>
          </Field>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('client.deleteTitle')} centered>
        <Stack gap="lg">
          <Text size="sm">{t('client.deleteBody', { name: client.fullName })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('client.cancel')}
            </Button>
            <Button color="red" loading={deleting} onClick={() => void remove()} data-testid="client-delete-confirm">
              {t('client.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function Field({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function None() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('client.none')}</Text>;
}
