import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
import { PASSWORD_MIN_LENGTH, type AdminUser } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText } from './adminFailure';
import { generatedPassword, passwordProblem } from './adminView';
import { PasswordChoice, type PasswordMode } from './PasswordChoice';

/** A new password for a person; their sessions end everywhere. */
export function PasswordDialog({
  user,
  calls,
  onDone,
  onClose,
}: {
  user: AdminUser;
  calls: AdminScreenCalls;
  onDone(generated: string | null): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<PasswordMode>('generated');
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [generated] = useState(() => generatedPassword((bytes) => crypto.getRandomValues(bytes)));
  const password = mode === 'generated' ? generated : typed;
  const problem = passwordProblem(password);

  const save = async () => {
    setShown(true);
    if (problem) return;
    setBusy(true);
    const result = await calls.resetPassword(user.id, password);
    setBusy(false);
    if (result.ok) onDone(mode === 'generated' ? password : null);
    else setFailure(failureText(t, result.failure, t('admin.failure.invalid')));
  };

  return (
    <Modal opened onClose={onClose} title={t('admin.people.passwordTitle', { name: user.name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <PasswordChoice
            mode={mode}
            onMode={setMode}
            typed={typed}
            onTyped={setTyped}
            error={shown && problem ? t(`admin.problem.${problem}`, { min: PASSWORD_MIN_LENGTH }) : null}
          />
          <Text size="xs" c="dimmed">
            {t('admin.people.signedOutAfter')}
          </Text>
          <DialogFooter
            failure={failure}
            onCancel={onClose}
            label={t('admin.people.setPassword')}
            testId="password-save"
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
