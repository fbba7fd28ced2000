import { Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
import type { Office } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';
import { nameProblem } from './adminView';

/** A new office (`office` null), or a new name for one. */
export function OfficeNameDialog({
  office,
  calls,
  onDone,
  onClose,
}: {
  office: Office | null;
  calls: AdminScreenCalls;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(office?.name ?? '');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = nameProblem(name);

  const save = async () => {
    setShown(true);
    if (problem) return;
    setBusy(true);
    const result = office
      ? await calls.renameOffice(office.id, name.trim())
      : await calls.createOffice({ name: name.trim() });
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, t('admin.offices.nameTaken', { name: name.trim() })));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={office ? t('admin.offices.renameTitle', { name: office.name }) : t('admin.offices.newTitle')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('admin.offices.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={shown && problem ? t('admin.problem.officeName') : null}
            data-autofocus
            data-testid="office-name-input"
          />
          <DialogFooter
            failure={failure}
            onCancel={onClose}
            label={office ? t('admin.offices.rename') : t('admin.offices.create')}
            testId="office-save"
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
