import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../shared/sync';
import { AccessConfirm } from './AccessConfirm';
import type { AdminScreenCalls } from './adminCalls';

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
  const enabling = user.disabled;
  return (
    <AccessConfirm
      enabling={enabling}
      title={t(enabling ? 'admin.people.enableTitle' : 'admin.people.disableTitle', { name: user.name })}
      body={t(enabling ? 'admin.people.enableBody' : 'admin.people.disableBody')}
      label={t(enabling ? 'admin.people.enable' : 'admin.people.disable')}
      testId={enabling ? 'enable-confirm' : 'disable-confirm'}
      conflict={t('admin.people.lastAdmin')}
      act={() => (enabling ? calls.enableUser(user.id) : calls.disableUser(user.id))}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
