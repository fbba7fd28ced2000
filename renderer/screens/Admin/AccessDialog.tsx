import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
import type { AdminUser } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';

/**
 * Disabling ends the person's sessions and refuses their sign-in; what they entered stays theirs.
 * Enabling a disabled person gives the sign-in back, with the password they had.
 */
export function AccessDialog({
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
  const enabling = user.disabled;
  const act = async () => {
    setBusy(true);
    const result = await (enabling ? calls.enableUser(user.id) : calls.disableUser(user.id));
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, t('admin.people.lastAdmin')));
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(enabling ? 'admin.people.enableTitle' : 'admin.people.disableTitle', { name: user.name })}
    >
      <Stack gap="sm">
        <Text size="sm">{t(enabling ? 'admin.people.enableBody' : 'admin.people.disableBody')}</Text>
        <DialogFooter
          failure={failure}
          onCancel={onClose}
          label={t(enabling ? 'admin.people.enable' : 'admin.people.disable')}
          testId={enabling ? 'enable-confirm' : 'disable-confirm'}
          busy={busy}
          color={enabling ? undefined : 'red'}
          onClick={() => void act()}
        />
      </Stack>
    </Modal>
  );
}
