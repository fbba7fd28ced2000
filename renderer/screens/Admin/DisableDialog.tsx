import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';

/** Disabling ends the person's sessions and refuses their sign-in; what they entered stays theirs. */
export function DisableDialog({
  user,
  calls,
  onDone,
  onClose,
}: {
  user: AdminUser;
  calls: AdminScreenCalls;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const disable = async () => {
    setBusy(true);
    const result = await calls.disableUser(user.id);
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, t('admin.people.lastAdmin')));
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.people.disableTitle', { name: user.name })}>
      <Stack gap="sm">
        <Text size="sm">{t('admin.people.disableBody')}</Text>
        {failure && (
          <Alert color="red" data-testid="admin-dialog-failure">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void disable()} data-testid="disable-confirm">
            {t('admin.people.disable')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
