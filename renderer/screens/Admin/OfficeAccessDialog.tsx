import { useTranslation } from 'react-i18next';
import type { Office } from '../../../shared/sync';
import { AccessConfirm } from './AccessConfirm';
import type { AdminScreenCalls } from './adminCalls';

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
  const enabling = office.disabled;
  return (
    <AccessConfirm
      enabling={enabling}
      title={t(enabling ? 'admin.offices.enableTitle' : 'admin.offices.disableTitle', { name: office.name })}
      body={t(enabling ? 'admin.offices.enableBody' : 'admin.offices.disableBody')}
      label={t(enabling ? 'admin.offices.enable' : 'admin.offices.disable')}
      testId={enabling ? 'office-enable-confirm' : 'office-disable-confirm'}
      conflict={t('admin.offices.lastAdmin')}
      act={() => (enabling ? calls.enableOffice(office.id) : calls.disableOffice(office.id))}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
