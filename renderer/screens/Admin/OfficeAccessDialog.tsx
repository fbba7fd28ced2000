import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';
import { DialogFooter } from './DialogFooter';

/**
 * Disabling an office signs its people out and refuses their sign-in; its data stays. Enabling gives
 * back exactly those sign-ins: a person disabled on their own stays disabled.
 */
export function OfficeAccessDialog({
  office,
  calls,
  onDone,
  onClose,
}: {
  office: Office;
  calls: AdminScreenCalls;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const enabling = office.disabled;
  const act = async () => {
    setBusy(true);
    const result = await (enabling ? calls.enableOffice(office.id) : calls.disableOffice(office.id));
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, t('admin.offices.lastAdmin')));
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(enabling ? 'admin.offices.enableTitle' : 'admin.offices.disableTitle', { name: office.name })}
    >
      <Stack gap="sm">
        <Text size="sm">{t(enabling ? 'admin.offices.enableBody' : 'admin.offices.disableBody')}</Text>
        <DialogFooter
          failure={failure}
          onCancel={onClose}
          label={t(enabling ? 'admin.offices.enable' : 'admin.offices.disable')}
          testId={enabling ? 'office-enable-confirm' : 'office-disable-confirm'}
          busy={busy}
          color={enabling ? undefined : 'red'}
          onClick={() => void act()}
        />
      </Stack>
    </Modal>
  );
}
