import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
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
        <DialogFooter
          failure={failure}
          onCancel={onClose}
          label={t('admin.people.disable')}
          testId="disable-confirm"
          busy={busy}
          color="red"
          onClick={() => void disable()}
        />
      </Stack>
    </Modal>
  );
}
