import { Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
import type { AdminUser, Office, Role } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';
import { officeProblem } from './adminView';
import { OfficeSelect, RoleSelect } from './roleAndOffice';

/** A person's role and office, changed together; the person signs in again afterwards. */
export function PlacementDialog({
  user,
  offices,
  calls,
  onDone,
  onClose,
}: {
  user: AdminUser;
  offices: readonly Office[];
  calls: AdminScreenCalls;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [officeId, setOfficeId] = useState<string | null>(user.officeId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = officeProblem(role, officeId);

  const save = async () => {
    if (problem) return;
    setBusy(true);
    const result = await calls.placeUser(user.id, { role, officeId });
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, t('admin.people.lastAdmin')));
  };

  return (
    <Modal opened onClose={onClose} title={t('admin.people.placeTitle', { name: user.name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <RoleSelect value={role} onChange={setRole} testId="placement-role" />
            <OfficeSelect
              offices={offices}
              value={officeId}
              onChange={setOfficeId}
              error={problem ? t(`admin.problem.${problem}`) : null}
              testId="placement-office"
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('admin.people.signedOutAfter')}
          </Text>
          <DialogFooter
            failure={failure}
            onCancel={onClose}
            label={t('admin.save')}
            testId="placement-save"
            busy={busy}
            disabled={role === user.role && officeId === user.officeId}
          />
        </Stack>
      </form>
    </Modal>
  );
}
